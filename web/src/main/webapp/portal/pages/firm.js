// The firm owner's pages: firms, the plan wizard, the match, introductions and their answers.
import { call, download, get, post, put } from '../api.js';
import { caller } from '../auth.js';
import { date, dateTime, eur, t, tOr } from '../i18n.js';
import { repeater, rowsOf } from '../repeater.js';
import { busy, clearErrors, field, h, notice, rerender, showErrors, table, valueOf } from '../ui.js';
import { matchResult, storedStack } from './match.js';
import { provinceOptions, purposeOptions } from './public.js';

const CATEGORIES = ['MACHINERY', 'BUILDINGS', 'EQUIPMENT', 'SOFTWARE', 'RD', 'ENERGY_INSTALLATION', 'VEHICLES', 'INTANGIBLE', 'WORKING_CAPITAL', 'OTHER'];
const INVESTOR_TYPES = ['PUBLIC_INVESTMENT_COMPANY', 'VENTURE_CAPITAL_OR_ANGEL', 'UNIVERSITY', 'INSTITUTIONAL_INVESTOR', 'SMALL_LOCAL_AUTHORITY'];
const SHARE_PARTS = ['PLAN', 'FIGURES', 'DOCUMENTS'];
// a submitted plan that is still open can be matched again; a draft is matched once submitted
const OPEN_STATUSES = ['SUBMITTED', 'MATCHED', 'SHARED'];
const DOCUMENT_KINDS = ['BUSINESS_PLAN', 'ANNUAL_ACCOUNTS', 'QUOTE', 'OTHER'];

const capexFields = () => [
  { name: 'description', label: t('field.capex.description'), required: true },
  { name: 'category', label: t('field.capex.category'), kind: 'select', options: CATEGORIES.map((c) => [c, t(`category.${c}`)]), required: true },
  { name: 'amountEur', label: t('field.capex.amount'), kind: 'number', required: true },
  { name: 'year', label: t('field.capex.year'), kind: 'number', required: true },
  { name: 'economicLifeYears', label: t('field.capex.life'), kind: 'number', required: true },
];
const milestoneFields = () => [
  { name: 'description', label: t('field.milestone.description'), required: true },
  { name: 'dueOn', label: t('field.milestone.dueOn'), kind: 'date', required: true },
];
const relationFields = () => [
  { name: 'name', label: t('field.relation.name') },
  { name: 'relation', label: t('field.relation.kind'), kind: 'select', options: [['PARTNER', t('relation.PARTNER')], ['LINKED', t('relation.LINKED')]], required: true },
  { name: 'sharePct', label: t('field.relation.share'), kind: 'number', required: true },
  { name: 'employees', label: t('field.employees'), kind: 'number', required: true },
  { name: 'annualTurnoverEur', label: t('field.turnover'), kind: 'number', required: true },
  { name: 'balanceSheetTotalEur', label: t('field.balanceSheet'), kind: 'number', required: true },
];
const aidFields = () => [
  { name: 'amountEur', label: t('field.aid.amount'), kind: 'number', required: true },
  { name: 'grantedOn', label: t('field.aid.grantedOn'), kind: 'date', required: true },
  { name: 'grantingBody', label: t('field.aid.body'), required: true },
];

export async function firms() {
  const mine = await get('/v1/firms');
  return [
    h('h1', {}, t('firms.title')),
    mine.length === 0 ? h('p', {}, t('firms.none')) : null,
    h(
      'ul',
      { class: 'card-list', id: 'firm-list' },
      mine.map((f) => h('li', { class: 'card' }, h('h2', {}, h('a', { href: `#/firms/${f.id}` }, f.legalName)), h('p', {}, t('firms.kvk', { kvk: f.kvkNumber }), ' · ', tOr(`province.${f.province}`, f.province), ' · ', tOr(`size.${f.sizeClass}`, f.sizeClass)))),
    ),
    h('p', { class: 'actions' }, h('a', { class: 'button-primary', href: '#/firms/new', id: 'register-firm' }, t('firms.register'))),
    joinForm(),
  ];
}

function joinForm() {
  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'join-form' },
    h('h2', {}, t('firms.joinTitle')),
    h('p', { class: 'hint' }, t('firms.joinHint')),
    h('div', { class: 'grid' }, field({ name: 'kvkNumber', label: t('field.kvk'), required: true }), field({ name: 'code', label: t('field.invitationCode'), required: true })),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button-secondary' }, t('firms.join'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const { body } = await post('/v1/firms/join', { kvkNumber: valueOf(form, 'kvkNumber'), code: valueOf(form, 'code') });
      window.location.hash = `#/firms/${body.id}`;
    } catch (e) {
      showErrors(form, e);
    }
  });
  return form;
}

export function registerFirm() {
  return [h('h1', {}, t('firm.registerTitle')), h('p', { class: 'lead' }, t('firm.registerIntro')), firmForm(null, null)];
}

export async function editFirm(id) {
  const { body, etag } = await call('GET', `/v1/firms/${id}`);
  return [
    h('p', {}, h('a', { href: `#/firms/${id}` }, t('firms.backToFirm'))),
    h('h1', {}, t('firm.editTitle', { name: body.legalName })),
    h('p', { class: 'lead' }, t('firm.editIntro')),
    firmForm(body, etag),
  ];
}

// one form for registering a firm and for revising it: a revision sends the version it was read
// with (If-Match), so a colleague's change in between is refused, never overwritten
function firmForm(existing, etag) {
  const v = existing || {};
  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'firm-form' },
    h(
      'fieldset',
      {},
      h('legend', {}, t('firm.identity')),
      h(
        'div',
        { class: 'grid' },
        field({ name: 'kvkNumber', label: t('field.kvk'), hint: existing ? t('field.kvkFixedHint') : t('field.kvkHint'), value: v.kvkNumber, required: true, attrs: existing ? { readonly: true } : {} }),
        field({ name: 'legalName', label: t('field.legalName'), value: v.legalName, required: true }),
        field({ name: 'sbiCodes', label: t('field.sbiCodes'), hint: t('field.sbiCodesHint'), value: (v.sbiCodes || []).join(', '), required: true }),
        field({ name: 'province', label: t('field.province'), kind: 'select', options: [['', t('common.choose')], ...provinceOptions()], value: v.province, required: true }),
        field({ name: 'foundedOn', label: t('field.foundedOn'), kind: 'date', value: v.foundedOn, required: true }),
        field({ name: 'firstCommercialSaleOn', label: t('field.firstSale'), kind: 'date', value: v.firstCommercialSaleOn, hint: t('field.firstSaleHint') }),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('firm.figures')),
      h(
        'div',
        { class: 'grid' },
        field({ name: 'employees', label: t('field.employees'), kind: 'number', value: v.employees, required: true, hint: t('field.employeesHint') }),
        field({ name: 'annualTurnoverEur', label: t('field.turnover'), kind: 'number', value: v.annualTurnoverEur, required: true }),
        field({ name: 'balanceSheetTotalEur', label: t('field.balanceSheet'), kind: 'number', value: v.balanceSheetTotalEur, required: true }),
        field({ name: 'publicBodyOwnershipPct', label: t('field.publicOwnership'), kind: 'number', value: v.publicBodyOwnershipPct, hint: t('field.publicOwnershipHint') }),
        field({ name: 'publicOwnerType', label: t('field.publicOwnerType'), kind: 'select', options: [['', t('common.none')], ...INVESTOR_TYPES.map((x) => [x, t(`investor.${x}`)])], value: v.publicOwnerType }),
      ),
      field({ name: 'startUp', label: t('field.startUp'), kind: 'checkbox', value: existing ? existing.annualTurnoverEur === 0 : false }),
    ),
    repeater({ name: 'relations', legend: t('firm.relations'), addLabel: t('firm.addRelation'), fields: relationFields(), rows: v.relations || [] }),
    repeater({ name: 'deMinimisAid', legend: t('firm.deMinimis'), addLabel: t('firm.addAid'), fields: aidFields(), rows: v.deMinimisAid || [] }),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button-primary', id: 'firm-submit' }, t('firm.save'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('#firm-submit');
    busy(button, true);
    const n = (name) => valueOf(form, name, 'number');
    const request = {
      kvkNumber: valueOf(form, 'kvkNumber'),
      legalName: valueOf(form, 'legalName'),
      sbiCodes: (valueOf(form, 'sbiCodes') || '').split(/[\s,;]+/).filter(Boolean),
      province: valueOf(form, 'province'),
      foundedOn: valueOf(form, 'foundedOn'),
      firstCommercialSaleOn: valueOf(form, 'firstCommercialSaleOn'),
      employees: n('employees'),
      annualTurnoverEur: n('annualTurnoverEur'),
      balanceSheetTotalEur: n('balanceSheetTotalEur'),
      publicBodyOwnershipPct: n('publicBodyOwnershipPct'),
      publicOwnerType: valueOf(form, 'publicOwnerType'),
      startUp: valueOf(form, 'startUp'),
      relations: rowsOf(form, 'relations', relationFields()),
      deMinimisAid: rowsOf(form, 'deMinimisAid', aidFields()),
    };
    try {
      if (existing) {
        await put(`/v1/firms/${existing.id}`, request, { etag });
        window.location.hash = `#/firms/${existing.id}`;
        return;
      }
      const { body, status } = await post('/v1/firms', request);
      if (status === 202) {
        clearErrors(form);
        form.prepend(notice('info', body.message));
      } else {
        window.location.hash = `#/firms/${body.id}`;
      }
    } catch (e) {
      showErrors(form, e, (path) => path.replace(/^sbiCodes\[\d+\]$/, 'sbiCodes'));
    } finally {
      busy(button, false);
    }
  });
  return form;
}

export async function firm(id) {
  // the audit log is the owner's alone; a colleague sees the page without it
  const [details, plans, history, audit] = await Promise.all([
    get(`/v1/firms/${id}`),
    get(`/v1/firms/${id}/plans`),
    get(`/v1/firms/${id}/history`),
    get(`/v1/firms/${id}/audit`).catch(() => null),
  ]);
  return [
    h('p', {}, h('a', { href: '#/firms' }, t('firms.back'))),
    h('h1', {}, details.legalName),
    h('p', { class: 'actions' }, h('a', { class: 'button-secondary', href: `#/firms/${id}/edit`, id: 'edit-firm' }, t('firm.edit'))),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, t('field.kvk')), h('dd', {}, details.kvkNumber),
      h('dt', {}, t('field.province')), h('dd', {}, tOr(`province.${details.province}`, details.province)),
      h('dt', {}, t('field.employees')), h('dd', {}, String(details.employees)),
      h('dt', {}, t('field.turnover')), h('dd', {}, eur(details.annualTurnoverEur)),
      h('dt', {}, t('field.balanceSheet')), h('dd', {}, eur(details.balanceSheetTotalEur)),
      h('dt', {}, t('firm.sizeClass')), h('dd', {}, tOr(`size.${details.sizeClass}`, details.sizeClass), ' – ', details.sizeClassReasoning || ''),
      h('dt', {}, t('firm.deMinimisReceived')), h('dd', {}, eur(details.deMinimisReceivedEur)),
    ),
    h('h2', {}, t('plans.title')),
    plans.length === 0 ? h('p', {}, t('plans.none')) : table(
      [t('plans.col.title'), t('plans.col.status'), t('plans.col.total'), t('plans.col.need')],
      plans.map((p) => [h('a', { href: `#/firms/${id}/plans/${p.id}` }, p.title), tOr(`planStatus.${p.status}`, p.status), eur(p.totalInvestmentEur), eur(p.financingNeedEur)]),
      t('plans.title'),
    ),
    h('p', { class: 'actions' }, h('a', { class: 'button-primary', href: `#/firms/${id}/plans/new`, id: 'new-plan' }, t('plans.new'))),
    guidanceForm(id, details.province),
    firmHistory(history),
    audit ? firmAudit(audit) : null,
    audit ? dataExport(id) : null,
    audit && registeredByCaller(history) ? erasure(details) : null,
  ];
}

// the firm's history begins with its registration, by the owner who alone may have it erased
function registeredByCaller(history) {
  const me = caller();
  const registered = history.find((e) => e.event === 'FirmRegistered');
  return Boolean(me && registered && registered.actor === me.subject);
}

// erasure (GDPR art. 17) cannot be undone: the owner confirms by typing the firm's KVK number
function erasure(details) {
  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'erase-firm-form' },
    h('h2', {}, t('firm.erase.title')),
    h('p', {}, t('firm.erase.what')),
    h('p', { class: 'hint' }, t('firm.erase.keep')),
    field({ name: 'confirmKvk', label: t('firm.erase.confirm', { kvk: details.kvkNumber }), required: true, attrs: { autocomplete: 'off', inputmode: 'numeric' } }),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button-primary button-danger', id: 'erase-firm' }, t('firm.erase.button'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('#erase-firm');
    if (valueOf(form, 'confirmKvk').trim() !== details.kvkNumber) {
      showErrors(form, { message: t('firm.erase.notConfirmed'), fieldErrors: () => ({ confirmKvk: t('firm.erase.typeKvk', { kvk: details.kvkNumber }) }) });
      return;
    }
    busy(button, true);
    try {
      const { body } = await call('DELETE', `/v1/firms/${details.id}`);
      // nothing of the firm is left to show: the page becomes the receipt
      const main = document.getElementById('main');
      main.replaceChildren(
        h(
          'section',
          { id: 'firm-erased' },
          h('h1', {}, t('firm.erase.title')),
          notice('success', t('firm.erase.done', { name: details.legalName, plans: body.plans, matches: body.matches, introductions: body.introductions, documents: body.documents })),
          h('p', {}, h('a', { href: '#/firms' }, t('firms.back'))),
        ),
      );
      main.focus();
    } catch (e) {
      showErrors(form, e);
      busy(button, false);
    }
  });
  return form;
}

// the owner takes everything MaakMatch holds about the firm (GDPR): one ZIP, in the audit log
function dataExport(firmId) {
  const button = h('button', { type: 'button', class: 'button-secondary', id: 'export-firm' }, t('firm.export.button'));
  const status = h('p', { role: 'status' });
  button.addEventListener('click', async () => {
    busy(button, true);
    status.replaceChildren(t('firm.export.busy'));
    try {
      await download(`/v1/firms/${firmId}/export`, `maakmatch-${firmId}.zip`);
      status.replaceChildren(t('firm.export.done'));
    } catch (e) {
      status.replaceChildren(notice('error', e.message));
    } finally {
      busy(button, false);
    }
  });
  return h('section', { id: 'firm-export' }, h('h2', {}, t('firm.export.title')), h('p', {}, t('firm.export.what')), h('p', { class: 'actions' }, button), status);
}

/** An event's name in words; "PlanSharedWith:bank" names the event, then whom it concerns. */
export function eventLabel(action) {
  const [name, about] = String(action).split(/:(.*)/s);
  const label = tOr(`event.${name}`, name);
  return about ? `${label}: ${about}` : label;
}

function firmHistory(entries) {
  return h(
    'section',
    { id: 'firm-history' },
    h('h2', {}, t('firm.history')),
    table(
      [t('firm.history.col.version'), t('firm.history.col.when'), t('firm.history.col.what'), t('firm.history.col.who')],
      [...entries].reverse().map((e) => [String(e.version), dateTime(e.occurredAt), eventLabel(e.event), e.actor === (caller() || {}).subject ? t('firm.audit.you') : e.actor]),
      t('firm.history'),
    ),
  );
}

// who did what with the firm's data: the owner's view of the audit log, newest first
const AUDIT_SHOWN = 50;

function actorOf(entry) {
  const me = caller();
  if (me && entry.actor === me.subject) {
    return t('firm.audit.you');
  }
  return `${tOr(`role.${entry.actorRoles}`, entry.actorRoles || '–')} (${entry.actor})`;
}

function firmAudit(entries) {
  return h(
    'section',
    { id: 'firm-audit' },
    h('h2', {}, t('firm.audit')),
    h('p', { class: 'hint' }, t('firm.auditHint')),
    entries.length === 0
      ? h('p', {}, t('firm.auditNone'))
      : table(
          [t('firm.audit.col.when'), t('firm.audit.col.who'), t('firm.audit.col.what'), t('firm.audit.col.reason')],
          [...entries].reverse().slice(0, AUDIT_SHOWN).map((e) => [dateTime(e.at), actorOf(e), eventLabel(e.action), e.reason || '']),
          t('firm.audit'),
        ),
  );
}

function guidanceForm(firmId, province) {
  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'guidance-form' },
    h('h2', {}, t('guidance.title')),
    h('p', {}, t('guidance.text', { province: tOr(`province.${province}`, province) })),
    field({ name: 'editGranted', label: t('guidance.editGranted'), kind: 'checkbox' }),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button-secondary', id: 'request-guidance' }, t('guidance.request'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await put(`/v1/firms/${firmId}/guidance`, { editGranted: valueOf(form, 'editGranted') });
      clearErrors(form);
      form.append(notice('success', t('guidance.requested')));
    } catch (e) {
      showErrors(form, e);
    }
  });
  return form;
}

// --- the plan wizard ---------------------------------------------------------------------------

const STEPS = ['basics', 'costs', 'financing', 'review'];
const draftKey = (firmId, planId) => `maakmatch.planDraft.${firmId}.${planId || 'new'}`;

export async function planEditor(firmId, planId) {
  let etag = null;
  let existing = null;
  if (planId) {
    const response = await call('GET', `/v1/firms/${firmId}/plans/${planId}`);
    existing = response.body;
    etag = response.etag;
  }
  const local = JSON.parse(localStorage.getItem(draftKey(firmId, planId)) || 'null');
  const start = local || existing || {};
  const form = h('form', { class: 'form wizard', novalidate: true, id: 'plan-form' });
  const status = h('p', { class: 'save-status', role: 'status', id: 'save-status' }, local ? t('plan.restored') : '');
  const progress = h('ol', { class: 'steps', 'aria-label': t('plan.stepsLabel') });
  const steps = {
    basics: h(
      'fieldset',
      { 'data-step': 'basics' },
      h('legend', {}, t('plan.step.basics')),
      field({ name: 'title', label: t('field.plan.title'), value: start.title, required: true }),
      field({ name: 'description', label: t('field.plan.description'), kind: 'textarea', value: start.description }),
      field({ name: 'purposes', label: t('field.purposes'), kind: 'checkboxes', options: purposeOptions(), value: start.purposes }),
      h('div', { class: 'grid' }, field({ name: 'startsOn', label: t('field.startsOn'), kind: 'date', value: start.startsOn, required: true }), field({ name: 'trl', label: t('field.trl'), kind: 'number', value: start.trl, hint: t('field.trlHint') })),
    ),
    costs: h(
      'div',
      { 'data-step': 'costs' },
      repeater({ name: 'capexLines', legend: t('plan.step.costs'), addLabel: t('plan.addCapex'), fields: capexFields(), rows: start.capexLines && start.capexLines.length ? start.capexLines : [{}] }),
    ),
    financing: h(
      'fieldset',
      { 'data-step': 'financing' },
      h('legend', {}, t('plan.step.financing')),
      h(
        'div',
        { class: 'grid' },
        field({ name: 'ownContributionEur', label: t('field.ownContribution'), kind: 'number', value: start.ownContributionEur, required: true }),
        field({ name: 'committedByOthersEur', label: t('field.committedByOthers'), kind: 'number', value: start.committedByOthersEur }),
        field({ name: 'expectedEffects.jobs', label: t('field.effects.jobs'), kind: 'number', value: start.expectedEffects && start.expectedEffects.jobs }),
        field({ name: 'expectedEffects.co2TonnesPerYear', label: t('field.effects.co2'), kind: 'number', value: start.expectedEffects && start.expectedEffects.co2TonnesPerYear }),
        field({ name: 'expectedEffects.productivityPct', label: t('field.effects.productivity'), kind: 'number', value: start.expectedEffects && start.expectedEffects.productivityPct }),
      ),
      repeater({ name: 'milestones', legend: t('plan.milestones'), addLabel: t('plan.addMilestone'), fields: milestoneFields(), rows: start.milestones || [] }),
    ),
    review: h('section', { 'data-step': 'review' }, h('h2', {}, t('plan.step.review')), h('div', { id: 'plan-review' })),
  };
  let current = 0;
  const nav = h('p', { class: 'actions wizard-nav' });
  const show = (index) => {
    current = index;
    STEPS.forEach((name, i) => {
      steps[name].hidden = i !== index;
    });
    progress.replaceChildren(...STEPS.map((name, i) => h('li', { 'aria-current': i === index ? 'step' : null, class: i < index ? 'done' : '' }, t(`plan.step.${name}`))));
    if (STEPS[index] === 'review') {
      renderReview(form.querySelector('#plan-review'), request());
    }
    const buttons = [
      index > 0 ? h('button', { type: 'button', class: 'button-secondary', id: 'wizard-back', onclick: () => show(index - 1) }, t('plan.back')) : null,
      ' ',
      index < STEPS.length - 1 ? h('button', { type: 'button', class: 'button-primary', id: 'wizard-next', onclick: () => next() }, t('plan.next')) : null,
      ' ',
      h('button', { type: 'button', class: 'button-secondary', id: 'wizard-save', onclick: () => save(false) }, t('plan.saveDraft')),
      ' ',
      index === STEPS.length - 1 ? h('button', { type: 'button', class: 'button-primary', id: 'wizard-submit', onclick: () => save(true) }, t('plan.saveAndSubmit')) : null,
    ];
    nav.replaceChildren(...buttons.filter((b) => b && b !== ' '));
    const first = steps[STEPS[index]].querySelector('input, select, textarea, h2');
    if (first && index > 0) {
      first.focus();
    }
  };
  const request = () => {
    const n = (name) => valueOf(form, name, 'number');
    const effects = { jobs: n('expectedEffects.jobs'), co2TonnesPerYear: n('expectedEffects.co2TonnesPerYear'), productivityPct: n('expectedEffects.productivityPct') };
    return {
      title: valueOf(form, 'title'),
      description: valueOf(form, 'description'),
      purposes: valueOf(form, 'purposes') || [],
      startsOn: valueOf(form, 'startsOn'),
      trl: n('trl'),
      capexLines: rowsOf(form, 'capexLines', capexFields()),
      ownContributionEur: n('ownContributionEur'),
      committedByOthersEur: n('committedByOthersEur'),
      milestones: rowsOf(form, 'milestones', milestoneFields()),
      expectedEffects: Object.values(effects).some((v) => v !== undefined) ? effects : undefined,
    };
  };
  // nothing typed is lost: every change is kept in this browser until the server has it
  form.addEventListener('input', () => {
    localStorage.setItem(draftKey(firmId, planId), JSON.stringify(request()));
    status.textContent = t('plan.keptLocally');
  });
  const next = () => {
    localStorage.setItem(draftKey(firmId, planId), JSON.stringify(request()));
    show(current + 1);
  };
  const save = async (submit) => {
    const buttons = [...nav.querySelectorAll('button')];
    buttons.forEach((b) => busy(b, true));
    status.textContent = t('plan.saving');
    try {
      let saved;
      if (planId) {
        const response = await put(`/v1/firms/${firmId}/plans/${planId}`, request(), { etag });
        saved = response.body;
        etag = response.etag;
      } else {
        const response = await post(`/v1/firms/${firmId}/plans`, request());
        saved = response.body;
        etag = response.etag;
        planId = saved.id;
      }
      // the server has it now: the browser's copy (kept under 'new' or the plan's id) goes
      localStorage.removeItem(draftKey(firmId, existing ? planId : null));
      clearErrors(form);
      status.textContent = t('plan.savedAt', { time: dateTime(new Date().toISOString()) });
      if (submit) {
        if (!existing || existing.status === 'DRAFT') {
          status.textContent = t('plan.submitting');
          await post(`/v1/firms/${firmId}/plans/${planId}/submit`);
        }
        status.textContent = t('plan.matching');
        await matchKeepingChoices(planId);
        window.location.hash = `#/firms/${firmId}/plans/${planId}`;
        return;
      }
      if (!window.location.hash.endsWith('/edit')) {
        history.replaceState(null, '', `#/firms/${firmId}/plans/${planId}/edit`);
      }
    } catch (e) {
      status.textContent = t('plan.notSaved');
      showErrors(form, e);
      const invalid = form.querySelector('[aria-invalid]');
      if (invalid) {
        const step = invalid.closest('[data-step]');
        show(STEPS.indexOf(step.dataset.step));
        form.querySelector('.error-summary').focus();
      }
    } finally {
      buttons.forEach((b) => busy(b, false));
    }
  };
  form.append(progress, status, ...STEPS.map((name) => steps[name]), nav);
  show(0);
  return [h('p', {}, h('a', { href: `#/firms/${firmId}` }, t('firms.backToFirm'))), h('h1', {}, planId ? t('plan.editTitle') : t('plan.newTitle')), form];
}

function renderReview(holder, request) {
  const total = request.capexLines.reduce((sum, line) => sum + (Number(line.amountEur) || 0), 0);
  holder.replaceChildren(
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, t('field.plan.title')), h('dd', {}, request.title || '–'),
      h('dt', {}, t('field.purposes')), h('dd', {}, request.purposes.map((p) => t(`purpose.${p}`)).join(', ') || '–'),
      h('dt', {}, t('field.startsOn')), h('dd', {}, date(request.startsOn)),
      h('dt', {}, t('plan.totalInvestment')), h('dd', {}, eur(total)),
      h('dt', {}, t('field.ownContribution')), h('dd', {}, eur(request.ownContributionEur)),
    ),
    table(
      [t('field.capex.description'), t('field.capex.category'), t('field.capex.amount'), t('field.capex.year')],
      request.capexLines.map((l) => [l.description || '–', l.category ? t(`category.${l.category}`) : '–', eur(l.amountEur), l.year || '–']),
      t('plan.step.costs'),
    ),
  );
}

// --- one plan: its match, introductions and documents -------------------------------------------

// the uncertain instruments a firm has checked and counts in: read from the plan's last stored
// match, so the choice stays with the plan (on every device, in its history) and each new match
// of the plan counts them too
async function countedFor(planId) {
  const [last] = await get(`/v1/plans/${planId}/matches?limit=1`);
  const instruments = (last && last.result && last.result.instruments) || [];
  return instruments.filter((i) => (i.flags || []).some((f) => f.kind === 'COUNTED_BY_CHOICE')).map((i) => i.id);
}

function matchPath(planId, counted) {
  const query = counted.map((id) => `countedUncertain=${encodeURIComponent(id)}`).join('&');
  return `/v1/plans/${planId}/match${query ? `?${query}` : ''}`;
}

// a new match of the plan that keeps counting what the firm counted in before
const matchKeepingChoices = async (planId) => post(matchPath(planId, await countedFor(planId)));

export async function plan(firmId, planId) {
  const [details, introductions, organisations, documents] = await Promise.all([
    get(`/v1/firms/${firmId}/plans/${planId}`),
    get(`/v1/firms/${firmId}/plans/${planId}/introductions`),
    get('/v1/organisations'),
    get(`/v1/firms/${firmId}/plans/${planId}/documents`).catch(() => []),
  ]);
  const open = OPEN_STATUSES.includes(details.status);
  // an open plan is matched against today's catalogue each time it is opened (and the result kept
  // in its history), so a closed or new instrument shows at once
  let counted = open ? await countedFor(planId) : [];
  const latest = open ? (await post(matchPath(planId, counted))).body : null;
  const matchHolder = h('div', { id: 'match-holder' });
  const show = (view) =>
    matchHolder.replaceChildren(
      matchResult(view, {
        title: t('plan.matchOf', { when: dateTime(view.computedAt) }),
        onCount: (ids) => {
          counted = ids;
          matchAgain();
        },
      }),
    );
  const matchAgain = async () => {
    busy(rematch, true);
    matchHolder.replaceChildren(h('p', { class: 'loading', role: 'status' }, t('preview.working')));
    try {
      show((await post(matchPath(planId, counted))).body);
    } catch (e) {
      matchHolder.replaceChildren(notice('error', e.message));
    } finally {
      busy(rematch, false);
    }
  };
  const rematch = h('button', { type: 'button', class: 'button-secondary', id: 'match-now', onclick: matchAgain }, t('plan.matchNow'));
  if (latest) {
    show(latest);
  } else {
    matchHolder.replaceChildren(h('p', {}, t('plan.noMatch')));
  }
  return [
    h('p', {}, h('a', { href: `#/firms/${firmId}` }, t('firms.backToFirm'))),
    h('h1', {}, details.title),
    h('p', { class: 'badges' }, h('span', { class: 'badge', id: 'plan-status' }, tOr(`planStatus.${details.status}`, details.status))),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, t('plan.totalInvestment')), h('dd', {}, eur(details.totalInvestmentEur)),
      h('dt', {}, t('field.ownContribution')), h('dd', {}, eur(details.ownContributionEur)),
      h('dt', {}, t('plan.need')), h('dd', {}, eur(details.financingNeedEur)),
      h('dt', {}, t('field.startsOn')), h('dd', {}, date(details.startsOn)),
    ),
    h(
      'p',
      { class: 'actions' },
      ['DRAFT', 'SUBMITTED', 'MATCHED', 'SHARED'].includes(details.status) ? h('a', { class: 'button-secondary', href: `#/firms/${firmId}/plans/${planId}/edit` }, t('plan.edit')) : null,
      ' ',
      details.status === 'DRAFT' ? submitButton(firmId, planId) : rematch,
      ' ',
      h('a', { class: 'button-secondary', href: `#/firms/${firmId}/plans/${planId}/proposal`, id: 'proposal-link' }, t('plan.proposal')),
    ),
    matchHolder,
    introductionsSection(firmId, planId, introductions, organisations, latest, open),
    documentsSection(firmId, planId, documents),
  ];
}

function submitButton(firmId, planId) {
  const button = h(
    'button',
    {
      type: 'button',
      class: 'button-primary',
      id: 'submit-plan',
      onclick: async () => {
        busy(button, true);
        try {
          await post(`/v1/firms/${firmId}/plans/${planId}/submit`);
          await matchKeepingChoices(planId);
          rerender();
        } catch (e) {
          button.after(notice('error', e.message));
          busy(button, false);
        }
      },
    },
    t('plan.submit'),
  );
  return button;
}

function introductionsSection(firmId, planId, introductions, organisations, latest, open) {
  const order = { BANK: 0, INVESTOR: 1, ROM: 2 };
  const financiers = organisations.filter((o) => o.active && o.kind in order).sort((a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name));
  const openTo = new Set(introductions.filter((i) => !['WITHDRAWN', 'DECLINED', 'EXPIRED', 'REJECTED', 'FUNDED'].includes(i.state)).map((i) => i.organisation));
  const eligible = latest ? latest.instruments.filter((i) => i.eligible) : [];
  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'introduction-form' },
    h('h3', {}, t('intro.requestTitle')),
    h('p', { class: 'hint' }, t('intro.requestHint')),
    h(
      'div',
      { class: 'financier-choices' },
      financiers.filter((o) => !openTo.has(o.code)).map((o) =>
        h(
          'fieldset',
          { class: 'financier-choice', 'data-organisation': o.code },
          h('legend', {}, o.name, ' ', h('span', { class: 'hint' }, tOr(`orgKind.${o.kind}`, o.kind), o.responseDays ? ` · ${t('intro.promise', { days: o.responseDays })}` : '')),
          field({ name: `choose.${o.code}`, label: t('intro.choose', { name: o.name }), kind: 'checkbox' }),
          field({ name: `share.${o.code}`, label: t('intro.share'), kind: 'checkboxes', options: SHARE_PARTS.map((p) => [p, t(`share.${p}`)]), value: ['PLAN', 'FIGURES'] }),
        ),
      ),
    ),
    eligible.length ? field({ name: 'instrumentIds', label: t('intro.instruments'), kind: 'checkboxes', options: eligible.map((i) => [i.id, i.shortName || i.name]) }) : null,
    field({ name: 'message', label: t('intro.message'), kind: 'textarea' }),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button-primary', id: 'request-introductions' }, t('intro.send'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = financiers.filter((o) => valueOf(form, `choose.${o.code}`));
    if (chosen.length === 0) {
      showErrors(form, { message: t('intro.chooseOne') });
      return;
    }
    const button = form.querySelector('#request-introductions');
    busy(button, true);
    const sent = [];
    try {
      for (const o of chosen) {
        await post(`/v1/firms/${firmId}/plans/${planId}/introductions`, {
          organisation: o.code,
          share: valueOf(form, `share.${o.code}`) || [],
          instrumentIds: valueOf(form, 'instrumentIds') || [],
          message: valueOf(form, 'message'),
        });
        sent.push(o.code);
      }
      rerender();
    } catch (e) {
      // those already sent stay sent; say which one was refused
      showErrors(form, { message: `${e.message}${sent.length ? ` ${t('intro.partlySent', { sent: sent.join(', ') })}` : ''}`, fieldErrors: () => ({}) });
      busy(button, false);
    }
  });
  return h(
    'section',
    { class: 'introductions', 'aria-labelledby': 'intro-heading' },
    h('h2', { id: 'intro-heading' }, t('intro.title')),
    introductions.length === 0
      ? h('p', {}, t('intro.none'))
      : table(
          [t('intro.col.organisation'), t('intro.col.state'), t('intro.col.requested'), t('intro.col.due')],
          introductions.map((i) => [h('a', { href: `#/introductions/${i.id}` }, nameOf(organisations, i.organisation)), i.stateLabel || i.state, date(i.requestedAt), answerCell(i)]),
          t('intro.title'),
        ),
    open ? form : null,
  );
}

function nameOf(organisations, code) {
  const found = organisations.find((o) => o.code === code);
  return found ? found.name : code;
}

function documentsSection(firmId, planId, documents) {
  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'document-form' },
    h('div', { class: 'grid' }, field({ name: 'file', label: t('doc.file'), kind: 'file', required: true }), field({ name: 'kind', label: t('doc.kind'), kind: 'select', options: DOCUMENT_KINDS.map((k) => [k, t(`docKind.${k}`)]) })),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button-secondary' }, t('doc.upload'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = form.querySelector('[name="file"]').files[0];
    if (!file) {
      showErrors(form, { message: t('doc.chooseFile'), fieldErrors: () => ({ file: t('doc.chooseFile') }) });
      return;
    }
    const data = new FormData();
    data.append('file', file);
    data.append('kind', valueOf(form, 'kind'));
    try {
      await post(`/v1/firms/${firmId}/plans/${planId}/documents`, data);
      rerender();
    } catch (e) {
      showErrors(form, e);
    }
  });
  return h(
    'section',
    { class: 'documents' },
    h('h2', {}, t('doc.title')),
    documents.length === 0 ? h('p', {}, t('doc.none')) : h('ul', {}, documents.map((d) => h('li', {}, `${d.fileName} (${tOr(`docKind.${d.kind}`, d.kind)}, ${date(d.uploadedAt)})`))),
    form,
  );
}

/** An introduction's answer column: overdue, when it was answered, or when an answer is due. */
export function answerCell(introduction) {
  if (introduction.overdue) {
    return h('strong', { class: 'overdue' }, t('intro.overdue'));
  }
  return introduction.answeredAt ? t('intro.answeredOn', { date: date(introduction.answeredAt) }) : date(introduction.dueAt);
}

// --- an introduction as the firm sees it ------------------------------------------------------

export async function introduction(id) {
  const me = caller();
  // a mail links every party to /introductions/<id>; a financier works on the deal in its dossier
  if (me && me.has('financier') && !me.has('firm')) {
    window.location.replace(`#/dossier/${id}`);
    return [];
  }
  const dossier = await get(`/v1/introductions/${id}`);
  const intro = dossier.introduction;
  const isFirm = me && me.has('firm');
  return [
    isFirm ? h('p', {}, h('a', { href: `#/firms/${intro.firmId}/plans/${intro.planId}` }, t('intro.backToPlan'))) : null,
    h('h1', {}, t('intro.heading', { plan: intro.planTitle, organisation: intro.organisation })),
    h('p', { class: 'badges' }, h('span', { class: 'badge', id: 'intro-state' }, intro.stateLabel || intro.state), intro.overdue ? h('span', { class: 'badge badge-warning' }, t('intro.overdue')) : null),
    intro.offer ? offerBlock(intro, isFirm) : null,
    timeline(dossier.timeline),
    messageForm(id),
    isFirm && !['WITHDRAWN', 'DECLINED', 'FUNDED', 'EXPIRED'].includes(intro.state) ? withdrawButton(id) : null,
    // the firm reads its match on the plan page; the adviser reads it here, as it was shared
    !isFirm && dossier.match ? storedStack(dossier.match) : null,
  ];
}

export function offerBlock(intro, isFirm) {
  const offer = intro.offer;
  const decide = (accept) => async (event) => {
    busy(event.target, true);
    try {
      await post(`/v1/introductions/${intro.id}/decision`, { accept });
      rerender();
    } catch (e) {
      event.target.after(notice('error', e.message));
      busy(event.target, false);
    }
  };
  return h(
    'section',
    { class: 'offer', id: 'offer' },
    h('h2', {}, t('offer.title')),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, t('offer.amount')), h('dd', {}, eur(offer.amountEur)),
      offer.annualRatePercent !== undefined ? [h('dt', {}, t('offer.rate')), h('dd', {}, `${offer.annualRatePercent} %`)] : null,
      offer.termMonths ? [h('dt', {}, t('offer.term')), h('dd', {}, t('offer.months', { months: offer.termMonths }))] : null,
      offer.conditions ? [h('dt', {}, t('offer.conditions')), h('dd', {}, offer.conditions)] : null,
      h('dt', {}, t('offer.validUntil')), h('dd', {}, date(offer.validUntil)),
    ),
    isFirm && intro.state === 'OFFERED'
      ? h('p', { class: 'actions' }, h('button', { type: 'button', class: 'button-primary', id: 'accept-offer', onclick: decide(true) }, t('offer.accept')), ' ', h('button', { type: 'button', class: 'button-secondary', id: 'reject-offer', onclick: decide(false) }, t('offer.reject')))
      : null,
  );
}

export function timeline(entries) {
  return h(
    'section',
    { class: 'timeline', 'aria-labelledby': 'timeline-heading' },
    h('h2', { id: 'timeline-heading' }, t('intro.timeline')),
    h(
      'ol',
      { id: 'timeline' },
      entries.map((e) =>
        h(
          'li',
          { 'data-type': e.type },
          h('span', { class: 'when' }, dateTime(e.occurredAt)),
          ' ',
          h('strong', {}, tOr(`party.${e.party}`, e.party || ''), ': ', tOr(`event.${e.type}`, e.type)),
          e.reason ? ` – ${e.reason.label}` : '',
          e.text ? h('p', { class: 'entry-text' }, e.text) : null,
          e.offer ? h('p', {}, t('offer.summary', { amount: eur(e.offer.amountEur), until: date(e.offer.validUntil) })) : null,
        ),
      ),
    ),
  );
}

export function messageForm(id) {
  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'message-form' },
    field({ name: 'text', label: t('intro.messageLabel'), kind: 'textarea', required: true }),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button-secondary', id: 'send-message' }, t('intro.sendMessage'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await post(`/v1/introductions/${id}/messages`, { text: valueOf(form, 'text') });
      rerender();
    } catch (e) {
      showErrors(form, e);
    }
  });
  return form;
}

function withdrawButton(id) {
  return h(
    'p',
    {},
    h(
      'button',
      {
        type: 'button',
        class: 'button-secondary',
        onclick: async (event) => {
          if (!window.confirm(t('intro.withdrawConfirm'))) {
            return;
          }
          try {
            await post(`/v1/introductions/${id}/withdraw`);
            rerender();
          } catch (e) {
            event.target.after(notice('error', e.message));
          }
        },
      },
      t('intro.withdraw'),
    ),
  );
}

export async function notifications() {
  const list = await get('/v1/notifications');
  const markAll = h(
    'button',
    {
      type: 'button',
      class: 'button-secondary',
      onclick: async () => {
        await post('/v1/notifications/read');
        rerender();
      },
    },
    t('notifications.markAll'),
  );
  return [
    h('h1', {}, t('notifications.title')),
    list.length ? h('p', {}, markAll) : h('p', {}, t('notifications.none')),
    h('ul', { class: 'card-list' }, list.map((n) => h('li', { class: `card ${n.readAt ? 'read' : 'unread'}` }, h('h2', {}, appLink(n) ? h('a', { href: appLink(n) }, n.title) : n.title), h('p', {}, n.body), h('p', { class: 'hint' }, dateTime(n.createdAt))))),
  ];
}

/** Where a notification leads: its introduction (a financier's dossier), or the page it names. */
function appLink(notification) {
  if (notification.introductionId) {
    const me = caller();
    return me && me.has('financier') ? `#/dossier/${notification.introductionId}` : `#/introductions/${notification.introductionId}`;
  }
  return notification.link ? `#${notification.link}` : null;
}

// --- the printable financing proposal -----------------------------------------------------------

export async function proposal(firmId, planId) {
  const [firmView, details] = await Promise.all([get(`/v1/firms/${firmId}`), get(`/v1/firms/${firmId}/plans/${planId}`)]);
  const latest = OPEN_STATUSES.includes(details.status) ? (await matchKeepingChoices(planId)).body : null;
  return [
    h('p', { class: 'no-print' }, h('a', { href: `#/firms/${firmId}/plans/${planId}` }, t('intro.backToPlan')), ' ', h('button', { type: 'button', class: 'button-primary', onclick: () => window.print() }, t('proposal.print'))),
    h('h1', {}, t('proposal.title', { plan: details.title })),
    h('p', {}, t('proposal.intro', { firm: firmView.legalName, kvk: firmView.kvkNumber, date: date(new Date().toISOString()) })),
    h('h2', {}, t('proposal.plan')),
    details.description ? h('p', {}, details.description) : null,
    table(
      [t('field.capex.description'), t('field.capex.category'), t('field.capex.amount'), t('field.capex.year')],
      details.capexLines.map((l) => [l.description, tOr(`category.${l.category}`, l.category), eur(l.amountEur), String(l.year)]),
      t('plan.step.costs'),
    ),
    latest ? matchResult(latest, { title: t('proposal.financing') }) : notice('info', t('plan.noMatch')),
    h('p', { class: 'hint' }, t('proposal.disclaimer')),
  ];
}
