// The financier's pages: the inbox (overdue first), the dossier with the answer forms, and the
// organisation's promise, statistics and webhook.
import { call, get, post, put } from '../api.js';
import { caller } from '../auth.js';
import { date, eur, number, t, tOr } from '../i18n.js';
import { busy, clearErrors, field, h, notice, rerender, showErrors, table, valueOf } from '../ui.js';
import { storedStack } from './match.js';
import { answerCell, messageForm, offerBlock, timeline } from './firm.js';

const ANSWERS = ['INTERESTED', 'NEEDS_INFO', 'DECLINED', 'OFFER'];
const REASONS = ['OUTSIDE_MANDATE', 'TOO_SMALL', 'TOO_LARGE', 'INSUFFICIENT_COLLATERAL', 'INSUFFICIENT_PROFITABILITY', 'SECTOR', 'OTHER'];
const ANSWERABLE = ['REQUESTED', 'SEEN', 'INTERESTED', 'NEEDS_INFO'];

export async function inbox() {
  const items = await get('/v1/introductions');
  return [
    h('h1', {}, t('inbox.title')),
    h('p', { class: 'lead' }, t('inbox.intro')),
    items.length === 0
      ? h('p', {}, t('inbox.none'))
      : table(
          [t('inbox.col.plan'), t('intro.col.state'), t('intro.col.requested'), t('intro.col.due')],
          items.map((i) => [
            h('a', { href: `#/dossier/${i.id}`, 'data-introduction': i.id }, i.planTitle || i.planId),
            i.stateLabel || i.state,
            date(i.requestedAt),
            answerCell(i),
          ]),
          t('inbox.title'),
        ),
  ];
}

export async function dossier(id) {
  const view = await get(`/v1/introductions/${id}`);
  const intro = view.introduction;
  return [
    h('p', {}, h('a', { href: '#/inbox' }, t('inbox.back'))),
    h('h1', {}, view.plan ? view.plan.title : intro.planTitle),
    h('p', { class: 'badges' }, h('span', { class: 'badge', id: 'intro-state' }, intro.stateLabel || intro.state), intro.dueAt && !intro.answeredAt ? h('span', { class: 'badge' }, t('inbox.dueOn', { date: date(intro.dueAt) })) : null),
    view.message ? h('blockquote', {}, view.message) : null,
    firmFigures(view.firm),
    planFacts(view.plan),
    view.documents && view.documents.length
      ? h('section', {}, h('h2', {}, t('doc.title')), h('ul', {}, view.documents.map((d) => h('li', {}, `${d.fileName} (${tOr(`docKind.${d.kind}`, d.kind)})`))))
      : null,
    intro.offer ? offerBlock(intro, false) : null,
    ANSWERABLE.includes(intro.state) ? answerForm(id) : null,
    timeline(view.timeline),
    messageForm(id),
    view.match ? storedStack(view.match) : null,
  ];
}

function firmFigures(firm) {
  if (!firm) {
    return notice('info', t('dossier.noFigures'));
  }
  return h(
    'section',
    {},
    h('h2', {}, t('dossier.firm', { name: firm.legalName })),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, t('field.kvk')), h('dd', {}, firm.kvkNumber),
      h('dt', {}, t('field.province')), h('dd', {}, tOr(`province.${firm.province}`, firm.province)),
      h('dt', {}, t('field.employees')), h('dd', {}, number(firm.employees)),
      h('dt', {}, t('field.turnover')), h('dd', {}, eur(firm.annualTurnoverEur)),
      h('dt', {}, t('field.balanceSheet')), h('dd', {}, eur(firm.balanceSheetTotalEur)),
      h('dt', {}, t('firm.sizeClass')), h('dd', {}, tOr(`size.${firm.sizeClass}`, firm.sizeClass)),
    ),
  );
}

function planFacts(plan) {
  if (!plan) {
    return null;
  }
  return h(
    'section',
    {},
    h('h2', {}, t('dossier.plan')),
    plan.description ? h('p', {}, plan.description) : null,
    h('dl', { class: 'facts' }, h('dt', {}, t('plan.totalInvestment')), h('dd', {}, eur(plan.totalInvestmentEur)), h('dt', {}, t('plan.need')), h('dd', {}, eur(plan.financingNeedEur)), h('dt', {}, t('field.startsOn')), h('dd', {}, date(plan.startsOn))),
    table(
      [t('field.capex.description'), t('field.capex.category'), t('field.capex.amount'), t('field.capex.year')],
      (plan.capexLines || []).map((l) => [l.description, tOr(`category.${l.category}`, l.category), eur(l.amountEur), String(l.year)]),
      t('plan.step.costs'),
    ),
  );
}

function answerForm(id) {
  const offerFields = h(
    'fieldset',
    { class: 'offer-fields', hidden: true },
    h('legend', {}, t('answer.offer')),
    h(
      'div',
      { class: 'grid' },
      field({ name: 'offer.amountEur', label: t('offer.amount'), kind: 'number', required: true }),
      field({ name: 'offer.annualRatePercent', label: t('offer.rate'), kind: 'number' }),
      field({ name: 'offer.termMonths', label: t('offer.termMonths'), kind: 'number' }),
      field({ name: 'offer.validUntil', label: t('offer.validUntil'), kind: 'date', required: true }),
    ),
    field({ name: 'offer.conditions', label: t('offer.conditions'), kind: 'textarea' }),
  );
  const reasonField = field({ name: 'reason', label: t('answer.reason'), kind: 'select', options: [['', t('common.choose')], ...REASONS.map((r) => [r, t(`decline.${r}`)])] });
  reasonField.hidden = true;
  const kind = field({ name: 'kind', label: t('answer.kind'), kind: 'select', options: [['', t('common.choose')], ...ANSWERS.map((a) => [a, t(`answerKind.${a}`)])], required: true });
  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'answer-form' },
    h('h2', {}, t('answer.title')),
    kind,
    reasonField,
    field({ name: 'text', label: t('answer.text'), kind: 'textarea' }),
    offerFields,
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button-primary', id: 'send-answer' }, t('answer.send'))),
  );
  form.querySelector('[name="kind"]').addEventListener('change', (event) => {
    offerFields.hidden = event.target.value !== 'OFFER';
    reasonField.hidden = event.target.value !== 'DECLINED';
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = valueOf(form, 'kind');
    const n = (name) => valueOf(form, name, 'number');
    const request = { kind: chosen, text: valueOf(form, 'text'), reason: chosen === 'DECLINED' ? valueOf(form, 'reason') : undefined };
    if (chosen === 'OFFER') {
      request.offer = {
        amountEur: n('offer.amountEur'),
        annualRatePercent: n('offer.annualRatePercent'),
        termMonths: n('offer.termMonths'),
        validUntil: valueOf(form, 'offer.validUntil'),
        conditions: valueOf(form, 'offer.conditions'),
      };
    }
    const button = form.querySelector('#send-answer');
    busy(button, true);
    try {
      await post(`/v1/introductions/${id}/answers`, request);
      clearErrors(form);
      rerender();
    } catch (e) {
      showErrors(form, e);
      busy(button, false);
    }
  });
  return form;
}

export async function organisation() {
  const me = caller();
  const code = me.organisation;
  if (!code) {
    return [h('h1', {}, t('org.title')), notice('info', t('org.none'))];
  }
  const [statistics, webhook] = await Promise.all([get(`/v1/organisations/${code}/statistics`), call('GET', `/v1/organisations/${code}/webhook`).catch(() => null)]);
  const promise = h(
    'form',
    { class: 'form', novalidate: true, id: 'promise-form' },
    h('h2', {}, t('org.promise')),
    field({ name: 'workingDays', label: t('org.workingDays'), kind: 'number', value: statistics.responseDays, required: true }),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button-secondary' }, t('common.save'))),
  );
  promise.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await put(`/v1/organisations/${code}/promise`, { workingDays: valueOf(promise, 'workingDays', 'number') });
      clearErrors(promise);
      promise.append(notice('success', t('common.saved')));
    } catch (e) {
      showErrors(promise, e);
    }
  });
  const hook = webhook && webhook.body;
  const webhookForm = h(
    'form',
    { class: 'form', novalidate: true, id: 'webhook-form' },
    h('h2', {}, t('org.webhook')),
    h('p', { class: 'hint' }, hook && hook.url ? t('org.webhookNow', { url: hook.url, ending: hook.secretEnding || '' }) : t('org.webhookNone')),
    field({ name: 'url', label: t('org.webhookUrl'), kind: 'url', value: hook && hook.url, required: true }),
    field({ name: 'secret', label: t('org.webhookSecret'), kind: 'password', required: true, hint: t('org.webhookSecretHint') }),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button-secondary' }, t('common.save'))),
  );
  webhookForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await put(`/v1/organisations/${code}/webhook`, { url: valueOf(webhookForm, 'url'), secret: valueOf(webhookForm, 'secret') });
      clearErrors(webhookForm);
      webhookForm.append(notice('success', t('common.saved')));
    } catch (e) {
      showErrors(webhookForm, e);
    }
  });
  const declines = Object.entries(statistics.declinedByReason || {});
  return [
    h('h1', {}, t('org.title')),
    h(
      'dl',
      { class: 'facts', id: 'statistics' },
      h('dt', {}, t('org.received')), h('dd', {}, number(statistics.received)),
      h('dt', {}, t('org.answered')), h('dd', {}, number(statistics.answered)),
      h('dt', {}, t('org.inTime')), h('dd', {}, statistics.answeredInTimeShare === null || statistics.answeredInTimeShare === undefined ? '–' : `${Math.round(statistics.answeredInTimeShare * 100)} %`),
      h('dt', {}, t('org.median')), h('dd', {}, statistics.medianAnswerHours === null || statistics.medianAnswerHours === undefined ? '–' : t('org.hours', { hours: number(Math.round(statistics.medianAnswerHours)) })),
      h('dt', {}, t('org.offers')), h('dd', {}, number(statistics.offers)),
      h('dt', {}, t('org.accepted')), h('dd', {}, number(statistics.accepted)),
      h('dt', {}, t('org.funded')), h('dd', {}, number(statistics.funded)),
    ),
    declines.length ? table([t('answer.reason'), t('org.count')], declines.map(([reason, count]) => [(statistics.reasonLabels || {})[reason] || reason, number(count)]), t('org.declines')) : null,
    promise,
    webhookForm,
  ];
}
