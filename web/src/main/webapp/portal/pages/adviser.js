// The ROM adviser's pages: the caseload with filters, a firm's case file with notes, and the
// region's pipeline in charts.
import { get, post } from '../api.js';
import { caller } from '../auth.js';
import { date, dateTime, eur, number, t, tOr } from '../i18n.js';
import { field, h, notice, rerender, showErrors, table, valueOf } from '../ui.js';

const STAGES = ['NONE', 'REQUESTED', 'SEEN', 'INTERESTED', 'NEEDS_INFO', 'DECLINED', 'OFFERED', 'ACCEPTED', 'REJECTED', 'FUNDED', 'WITHDRAWN', 'EXPIRED'];

export async function caseload() {
  const [firms, introductions] = await Promise.all([get('/v1/caseload'), get('/v1/introductions')]);
  const params = new URLSearchParams(window.location.hash.split('?')[1] || '');
  const byFirm = (firmId) => introductions.filter((i) => i.firmId === firmId);
  const stageOf = (firmId) => {
    const mine = byFirm(firmId);
    return mine.length ? mine[mine.length - 1].state : 'NONE';
  };
  const sectorOf = (f) => (f.sbiCodes && f.sbiCodes[0] ? f.sbiCodes[0].substring(0, 2) : '');
  const sectors = [...new Set(firms.map(sectorOf).filter(Boolean))].sort();
  const form = h(
    'form',
    { class: 'form filters', id: 'caseload-filter' },
    h(
      'div',
      { class: 'grid' },
      field({ name: 'stage', label: t('caseload.stage'), kind: 'select', value: params.get('stage'), options: [['', t('common.all')], ...STAGES.map((s) => [s, tOr(`introState.${s}`, s)])] }),
      field({ name: 'sector', label: t('caseload.sector'), kind: 'select', value: params.get('sector'), options: [['', t('common.all')], ...sectors.map((s) => [s, t('caseload.sbiDivision', { code: s })])] }),
      field({ name: 'overdue', label: t('caseload.overdueOnly'), kind: 'checkbox', value: params.get('overdue') === 'true' }),
    ),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button-primary' }, t('catalogue.filter'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = new URLSearchParams();
    if (valueOf(form, 'stage')) chosen.set('stage', valueOf(form, 'stage'));
    if (valueOf(form, 'sector')) chosen.set('sector', valueOf(form, 'sector'));
    if (valueOf(form, 'overdue')) chosen.set('overdue', 'true');
    window.location.hash = `#/caseload?${chosen}`;
  });
  const shown = firms.filter(
    (f) =>
      (!params.get('stage') || stageOf(f.id) === params.get('stage')) &&
      (!params.get('sector') || sectorOf(f) === params.get('sector')) &&
      (params.get('overdue') !== 'true' || byFirm(f.id).some((i) => i.overdue)),
  );
  return [
    h('h1', {}, t('caseload.title')),
    form,
    h('p', { role: 'status' }, t('caseload.count', { count: shown.length })),
    shown.length === 0
      ? h('p', {}, t('caseload.none'))
      : table(
          [t('caseload.col.firm'), t('field.province'), t('caseload.sector'), t('caseload.stage'), t('intro.col.due')],
          shown.map((f) => [
            h('a', { href: `#/case-file/${f.id}`, 'data-firm': f.id }, f.legalName),
            tOr(`province.${f.province}`, f.province),
            sectorOf(f),
            tOr(`introState.${stageOf(f.id)}`, stageOf(f.id)),
            byFirm(f.id).some((i) => i.overdue) ? h('strong', {}, t('intro.overdue')) : '–',
          ]),
          t('caseload.title'),
        ),
  ];
}

export async function caseFile(firmId) {
  const file = await get(`/v1/firms/${firmId}/case-file`);
  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'note-form' },
    field({ name: 'text', label: t('caseFile.note'), kind: 'textarea', required: true }),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button-primary', id: 'add-note' }, t('caseFile.addNote'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await post(`/v1/firms/${firmId}/case-file/notes`, { text: valueOf(form, 'text') });
      rerender();
    } catch (e) {
      showErrors(form, e);
    }
  });
  return [
    h('p', {}, h('a', { href: '#/caseload' }, t('caseFile.back'))),
    h('h1', {}, file.legalName),
    h('p', {}, tOr(`province.${file.province}`, file.province)),
    h('h2', {}, t('plans.title')),
    file.plans.length ? table([t('plans.col.title'), t('plans.col.status'), t('plans.col.total')], file.plans.map((p) => [p.title, tOr(`planStatus.${p.status}`, p.status), eur(p.totalInvestmentEur)]), t('plans.title')) : h('p', {}, t('plans.none')),
    h('h2', {}, t('intro.title')),
    file.introductions.length
      ? table([t('intro.col.organisation'), t('inbox.col.plan'), t('intro.col.state'), t('intro.col.requested')], file.introductions.map((i) => [i.organisation, h('a', { href: `#/introductions/${i.id}` }, i.planTitle), i.stateLabel || i.state, date(i.requestedAt)]), t('intro.title'))
      : h('p', {}, t('intro.none')),
    h('h2', {}, t('caseFile.notes')),
    h('ul', { class: 'notes', id: 'notes' }, file.notes.map((n) => h('li', {}, h('p', {}, n.text), h('p', { class: 'hint' }, `${n.author} · ${dateTime(n.createdAt)}`)))),
    form,
  ];
}

export async function pipeline() {
  const me = caller();
  const region = Array.isArray(me.region) ? me.region[0] : me.region;
  if (!region) {
    return [h('h1', {}, t('pipeline.title')), notice('info', t('pipeline.noRegion'))];
  }
  const data = await get(`/v1/regions/${region}/pipeline`);
  const charts = [
    ['byState', t('pipeline.byState'), (k) => tOr(`introState.${k}`, k)],
    ['bySector', t('pipeline.bySector'), (k) => t('caseload.sbiDivision', { code: k })],
    ['byInstrument', t('pipeline.byInstrument'), (k) => k],
    ['byOrganisation', t('pipeline.byOrganisation'), (k) => k],
  ];
  const money = [
    [t('pipeline.need'), data.needEur],
    [t('pipeline.accepted'), data.acceptedEur],
    [t('pipeline.funded'), data.fundedEur],
  ];
  return [
    h('h1', {}, t('pipeline.title')),
    h('p', { class: 'lead' }, t('pipeline.intro', { region: tOr(`province.${region}`, region), count: number(data.introductions), overdue: number(data.overdue) })),
    chartSection('money', t('pipeline.money'), money.map(([l]) => l), money.map(([, v]) => v || 0), eur),
    charts.map(([key, title, label]) => {
      const entries = Object.entries(data[key] || {});
      return chartSection(key, title, entries.map(([k]) => label(k)), entries.map(([, v]) => v), number);
    }),
  ];
}

function chartSection(key, title, labels, values, format) {
  const canvas = h('canvas', { id: `chart-${key}`, role: 'img', 'aria-label': `${title}: ${labels.map((l, i) => `${l} ${format(values[i])}`).join('; ')}` });
  requestAnimationFrame(() => {
    if (window.Chart && canvas.isConnected) {
      new window.Chart(canvas, {
        type: 'bar',
        data: { labels, datasets: [{ label: title, data: values, backgroundColor: '#154273' }] },
        options: { indexAxis: 'y', animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { x: { ticks: { callback: (v) => format(v) } } } },
      });
    }
  });
  return h(
    'section',
    { class: 'chart-section', 'data-chart': key },
    h('h2', {}, title),
    labels.length ? h('div', { class: 'chart-holder' }, canvas) : h('p', {}, t('pipeline.empty')),
    labels.length ? table([t('pipeline.what'), t('pipeline.value')], labels.map((l, i) => [l, format(values[i])]), title) : null,
  );
}
