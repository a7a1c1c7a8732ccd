// What anyone may see: what MaakMatch is, the anonymous match preview, and the catalogue.
import { get, post } from '../api.js';
import { eur, t, tOr } from '../i18n.js';
import { busy, clearErrors, field, h, notice, showErrors, valueOf } from '../ui.js';
import { matchResult } from './match.js';

export const PROVINCES = ['DR', 'FL', 'FR', 'GE', 'GR', 'LI', 'NB', 'NH', 'OV', 'UT', 'ZE', 'ZH'];
export const PURPOSES = ['MACHINERY', 'BUILDINGS', 'RD', 'PROCESS_INNOVATION', 'PRODUCT_INNOVATION', 'FEASIBILITY', 'ENERGY_CLIMATE', 'CIRCULAR', 'WORKING_CAPITAL', 'EXPORT', 'GROWTH_CAPITAL', 'ACQUISITION'];
const TYPES = ['loan', 'subordinated_loan', 'convertible_loan', 'guarantee', 'equity', 'grant', 'operating_subsidy', 'tax_credit', 'indirect_via_fund'];
const STATUSES = ['AVAILABLE', 'CLOSED', 'PROPOSED'];

export const provinceOptions = () => PROVINCES.map((p) => [p, t(`province.${p}`)]);
export const purposeOptions = () => PURPOSES.map((p) => [p, t(`purpose.${p}`)]);

export function landing() {
  return h(
    'section',
    { class: 'landing' },
    h('h1', {}, t('landing.title')),
    h('p', { class: 'lead' }, t('landing.sentence1')),
    h('p', {}, t('landing.sentence2')),
    h('p', {}, t('landing.sentence3')),
    h('p', { class: 'actions' }, h('a', { class: 'button-primary', href: '#/preview', id: 'start-preview' }, t('landing.cta')), ' ', h('a', { class: 'button-secondary', href: '#/catalogue' }, t('landing.catalogue'))),
    h(
      'div',
      { class: 'audiences' },
      ['firm', 'adviser', 'financier'].map((who) => h('section', { class: 'audience' }, h('h2', {}, t(`landing.${who}.title`)), h('p', {}, t(`landing.${who}.text`)))),
    ),
  );
}

const EXAMPLE = {
  'firm.province': 'NB',
  'firm.sbiCode': '25.62',
  'firm.foundedOn': '2012-05-01',
  'firm.employees': '45',
  'firm.annualTurnoverEur': '8000000',
  'firm.balanceSheetTotalEur': '5000000',
  'plan.totalInvestmentEur': '1200000',
  'plan.ownContributionEur': '200000',
  'plan.startsOn': '2027-06-01',
  'plan.trl': '8',
};

export function preview() {
  const results = h('div', { id: 'preview-results', 'aria-live': 'polite' });
  const form = h(
    'form',
    { id: 'preview-form', novalidate: true, class: 'form' },
    h(
      'fieldset',
      {},
      h('legend', {}, t('preview.firm')),
      h(
        'div',
        { class: 'grid' },
        field({ name: 'firm.province', label: t('field.province'), kind: 'select', options: [['', t('common.choose')], ...provinceOptions()], required: true }),
        field({ name: 'firm.sbiCode', label: t('field.sbiCode'), hint: t('field.sbiCodeHint'), required: true }),
        field({ name: 'firm.foundedOn', label: t('field.foundedOn'), kind: 'date', required: true }),
        field({ name: 'firm.employees', label: t('field.employees'), kind: 'number', required: true }),
        field({ name: 'firm.annualTurnoverEur', label: t('field.turnover'), kind: 'number', required: true }),
        field({ name: 'firm.balanceSheetTotalEur', label: t('field.balanceSheet'), kind: 'number', required: true }),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('preview.plan')),
      field({ name: 'plan.purposes', label: t('field.purposes'), kind: 'checkboxes', options: purposeOptions() }),
      h(
        'div',
        { class: 'grid' },
        field({ name: 'plan.totalInvestmentEur', label: t('field.totalInvestment'), kind: 'number', required: true }),
        field({ name: 'plan.ownContributionEur', label: t('field.ownContribution'), kind: 'number', required: true }),
        field({ name: 'plan.startsOn', label: t('field.startsOn'), kind: 'date', required: true }),
        field({ name: 'plan.trl', label: t('field.trl'), kind: 'number', hint: t('field.trlHint') }),
      ),
    ),
    h(
      'p',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'button-primary', id: 'preview-submit' }, t('preview.submit')),
      ' ',
      h('button', { type: 'button', class: 'button-secondary', id: 'preview-example', onclick: () => fillExample(form) }, t('preview.example')),
    ),
  );
  // uncertain instruments the visitor has checked and counts in; a new submit starts afresh
  const run = async (counted) => {
    const button = form.querySelector('#preview-submit');
    busy(button, true);
    results.replaceChildren(h('p', { class: 'loading', role: 'status' }, t('preview.working')));
    try {
      const { body } = await post('/v1/match/preview', { ...previewRequest(form), countedUncertain: counted });
      clearErrors(form);
      results.replaceChildren(matchResult(body, { title: t('preview.resultTitle'), onCount: run }));
      results.querySelector('h2').setAttribute('tabindex', '-1');
      results.querySelector('h2').focus();
    } catch (e) {
      results.replaceChildren();
      showErrors(form, e);
    } finally {
      busy(button, false);
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run([]);
  });
  return [h('h1', {}, t('preview.title')), h('p', { class: 'lead' }, t('preview.intro')), form, results];
}

function fillExample(form) {
  for (const [name, value] of Object.entries(EXAMPLE)) {
    form.querySelector(`[name="${name}"]`).value = value;
  }
  form.querySelectorAll('[name="plan.purposes"]').forEach((box) => {
    box.checked = box.value === 'MACHINERY' || box.value === 'PROCESS_INNOVATION';
  });
}

function previewRequest(form) {
  const n = (name) => valueOf(form, name, 'number');
  return {
    firm: {
      province: valueOf(form, 'firm.province'),
      sbiCode: valueOf(form, 'firm.sbiCode'),
      foundedOn: valueOf(form, 'firm.foundedOn'),
      employees: n('firm.employees'),
      annualTurnoverEur: n('firm.annualTurnoverEur'),
      balanceSheetTotalEur: n('firm.balanceSheetTotalEur'),
    },
    plan: {
      purposes: valueOf(form, 'plan.purposes') || [],
      totalInvestmentEur: n('plan.totalInvestmentEur'),
      ownContributionEur: n('plan.ownContributionEur'),
      startsOn: valueOf(form, 'plan.startsOn'),
      trl: n('plan.trl'),
    },
  };
}

export async function catalogue() {
  const params = new URLSearchParams((window.location.hash.split('?')[1]) || '');
  const form = h(
    'form',
    { id: 'catalogue-filter', class: 'form filters', role: 'search' },
    h(
      'div',
      { class: 'grid' },
      field({ name: 'q', label: t('catalogue.search'), kind: 'search', value: params.get('q') }),
      field({ name: 'type', label: t('catalogue.type'), kind: 'select', value: params.get('type'), options: [['', t('common.all')], ...TYPES.map((x) => [x, t(`type.${x}`)])] }),
      field({ name: 'province', label: t('field.province'), kind: 'select', value: params.get('province'), options: [['', t('common.all')], ...provinceOptions()] }),
      field({ name: 'status', label: t('catalogue.status'), kind: 'select', value: params.get('status'), options: [['', t('common.all')], ...STATUSES.map((x) => [x, t(`status.${x}`)])] }),
      field({ name: 'purpose', label: t('catalogue.purpose'), kind: 'select', value: params.get('purpose'), options: [['', t('common.all')], ...purposeOptions()] }),
    ),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button-primary' }, t('catalogue.filter'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = new URLSearchParams();
    ['q', 'type', 'province', 'status', 'purpose'].forEach((name) => {
      const value = valueOf(form, name);
      if (value) {
        chosen.set(name, value);
      }
    });
    window.location.hash = `#/catalogue?${chosen}`;
  });
  const query = new URLSearchParams({ size: '100' });
  ['type', 'province', 'status', 'purpose'].forEach((name) => params.get(name) && query.set(name, params.get(name)));
  const page = await get(`/v1/instruments?${query}`);
  const words = (params.get('q') || '').toLowerCase();
  const items = page.items.filter((i) => !words || `${i.name} ${i.operator} ${i.id}`.toLowerCase().includes(words));
  return [
    h('h1', {}, t('catalogue.title')),
    h('p', { class: 'lead' }, t('catalogue.intro')),
    form,
    h('p', { role: 'status', id: 'catalogue-count' }, t('catalogue.count', { count: items.length })),
    h(
      'ul',
      { class: 'card-list', id: 'catalogue-list' },
      items.map((i) =>
        h(
          'li',
          { class: 'card', 'data-instrument': i.id },
          h('h2', {}, h('a', { href: `#/catalogue/${i.id}` }, i.name)),
          h('p', {}, i.operator),
          h(
            'p',
            { class: 'badges' },
            h('span', { class: `badge badge-status-${(i.status || '').toLowerCase()}` }, tOr(`status.${i.status}`, i.status)),
            (i.types || []).map((x) => h('span', { class: 'badge' }, tOr(`type.${x}`, x))),
            h('span', { class: 'badge' }, t('catalogue.confidence', { confidence: tOr(`confidence.${i.confidence}`, i.confidence) })),
          ),
          (i.sources || []).length ? h('p', { class: 'source' }, t('catalogue.source'), ' ', sourceLink(i.sources[0])) : null,
        ),
      ),
    ),
  ];
}

/** A source as the catalogue keeps it: an address, sometimes followed by "(checked …)". */
function sourceLink(source) {
  const [url, ...rest] = source.split(' ');
  let host = url;
  try {
    host = new URL(url).host;
  } catch (e) {
    return h('span', {}, source);
  }
  return h('span', {}, h('a', { href: url, rel: 'noopener' }, host), rest.length ? ` ${rest.join(' ')}` : '');
}

const FACTS = ['operator', 'finances', 'amount', 'share_or_guarantee_pct', 'term', 'cost', 'eligibility', 'state_aid_basis', 'combinable', 'application_window', 'unconfirmed'];

export async function instrument(id) {
  const detail = await get(`/v1/instruments/${encodeURIComponent(id)}`);
  const definition = detail.definition || {};
  return [
    h('p', {}, h('a', { href: '#/catalogue' }, t('catalogue.back'))),
    h('h1', {}, detail.name || id),
    h(
      'p',
      { class: 'badges' },
      h('span', { class: 'badge' }, tOr(`status.${detail.status}`, detail.status || '')),
      (detail.types || []).map((x) => h('span', { class: 'badge' }, tOr(`type.${x}`, x))),
      h('span', { class: 'badge' }, t('catalogue.confidence', { confidence: tOr(`confidence.${detail.confidence}`, detail.confidence || '') })),
    ),
    h('p', { class: 'hint' }, t(`confidenceExplained.${detail.confidence}`)),
    h('dl', { class: 'facts' }, FACTS.filter((k) => definition[k] !== undefined && definition[k] !== null).map((k) => [h('dt', {}, tOr(`fact.${k}`, k)), h('dd', {}, factValue(definition[k], k))])),
    h('section', {}, h('h2', {}, t('catalogue.sources')), (detail.sources || []).length ? h('ul', {}, detail.sources.map((s) => h('li', {}, sourceLink(s)))) : notice('info', t('catalogue.noSource'))),
    h('p', { class: 'hint' }, t('catalogue.version', { version: detail.version })),
  ];
}

/** Catalogue facts are text, numbers, lists or small maps: shown as they are, keys made readable. */
function factValue(value, key = '') {
  if (Array.isArray(value)) {
    return h('ul', {}, value.map((v) => h('li', {}, factValue(v))));
  }
  if (value && typeof value === 'object') {
    return h('dl', { class: 'facts-inner' }, Object.entries(value).map(([k, v]) => [h('dt', {}, k.replace(/_/g, ' ')), h('dd', {}, factValue(v, k))]));
  }
  return typeof value === 'number' && key.endsWith('_eur') ? eur(value) : String(value);
}
