// One match, as a firm owner reads it: the proposed financing stack first (a chart of what covers
// how much of the plan, and the state-aid room it uses), the order to apply in, then every
// instrument with its reasons and what would make it fit.
import { dateTime, eur, t, tOr } from '../i18n.js';
import { h, table } from '../ui.js';

const PALETTE = ['#154273', '#39870c', '#ca005d', '#e17000', '#007bc7', '#673327', '#42145f', '#8fcae7'];
const OWN = '#b2b2b2';
const UNCOVERED = '#d52b1e';

/** An instrument's short name; the commercial bank loan is no catalogue instrument. */
export function instrumentName(view, id, kind) {
  const found = view.instruments.find((i) => i.id === id);
  if (found) {
    return found.shortName || found.name;
  }
  return kind ? tOr(`part.${kind}`, id) : id;
}

/** The uncertain instruments a match counts on at the firm's choice. */
export function countedIn(view) {
  return view.instruments.filter((i) => (i.flags || []).some((f) => f.kind === 'COUNTED_BY_CHOICE')).map((i) => i.id);
}

/**
 * A match as the firm reads it. With {@code onCount}, each uncertain instrument the stack could
 * count on has a button to count it in (or out again); onCount gets the new list of ids.
 */
export function matchResult(view, { title, onCount } = {}) {
  return h(
    'div',
    { class: 'match-result' },
    title ? h('h2', {}, title) : null,
    h('p', { class: 'size-class' }, h('strong', {}, t('match.sizeClass', { size: tOr(`size.${view.sizeClass}`, view.sizeClass) })), ' ', view.sizeClassReasoning || ''),
    (view.flags || []).map((f) => h('p', { class: 'notice notice-info' }, f.text || f.kind)),
    stackSection(view),
    instrumentsSection(view, { onCount }),
    referralsSection(view),
  );
}

function stackSection(view) {
  const stack = view.stack;
  if (!stack) {
    return null;
  }
  const parts = [...stack.parts].sort((a, b) => (a.order ?? 99) - (b.order ?? 99));
  const total = parts.reduce((sum, p) => sum + (p.fundsEur || 0), 0) + (stack.ownContributionEur || 0) + (stack.uncoveredEur || 0);
  const rows = parts.map((p, index) => [
    String(index + 1),
    // the bank's own loan is no catalogue instrument: only instruments link to their page
    view.instruments.some((i) => i.id === p.instrumentId)
      ? h('a', { href: `#/catalogue/${p.instrumentId}`, 'data-instrument': p.instrumentId }, instrumentName(view, p.instrumentId, p.kind))
      : instrumentName(view, p.instrumentId, p.kind),
    tOr(`part.${p.kind}`, p.kind),
    p.kind === 'GUARANTEE' ? t('match.guarantees', { amount: eur(p.coversEur) }) : eur(p.fundsEur),
    p.aidEquivalentEur ? eur(p.aidEquivalentEur) : '–',
    p.legalBasis ? tOr(`legalBasis.${p.legalBasis}`, p.legalBasis) : '–',
  ]);
  return h(
    'section',
    { class: 'stack', 'aria-labelledby': 'stack-heading' },
    h('h2', { id: 'stack-heading' }, t('match.stackTitle')),
    h('p', {}, stack.feasible ? t('match.stackFeasible', { total: eur(total) }) : t('match.stackInfeasible', { uncovered: eur(stack.uncoveredEur) })),
    stackChart(view, parts, total),
    h('h3', {}, t('match.orderTitle')),
    h('p', { class: 'hint' }, t('match.orderHint')),
    table(
      [t('match.col.order'), t('match.col.instrument'), t('match.col.kind'), t('match.col.amount'), t('match.col.aid'), t('match.col.legalBasis')],
      [...rows, ['', t('match.ownContribution'), '', eur(stack.ownContributionEur), '', ''], ...(stack.uncoveredEur ? [['', t('match.uncovered'), '', eur(stack.uncoveredEur), '', '']] : [])],
      t('match.stackTableCaption'),
    ),
    aidRoom(stack),
    upsideSection(view),
  );
}

function stackChart(view, parts, total) {
  // a guarantee brings no money of its own: the table shows what it covers
  const funding = parts.filter((p) => p.fundsEur > 0);
  const labels = [...funding.map((p) => instrumentName(view, p.instrumentId, p.kind)), t('match.ownContribution')];
  const values = [...funding.map((p) => p.fundsEur), view.stack.ownContributionEur || 0];
  const colours = [...funding.map((p, i) => PALETTE[i % PALETTE.length]), OWN];
  if (view.stack.uncoveredEur) {
    labels.push(t('match.uncovered'));
    values.push(view.stack.uncoveredEur);
    colours.push(UNCOVERED);
  }
  const description = labels.map((label, i) => `${label}: ${eur(values[i])}`).join('; ');
  const canvas = h('canvas', { id: 'stack-chart', role: 'img', 'aria-label': t('match.chartLabel', { total: eur(total), parts: description }) });
  const holder = h('div', { class: 'chart-holder' }, canvas);
  // drawn once the canvas is in the page, so Chart.js can measure it
  requestAnimationFrame(() => drawStackChart(canvas, labels, values, colours));
  return holder;
}

function drawStackChart(canvas, labels, values, colours) {
  if (!window.Chart || !canvas.isConnected) {
    return;
  }
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: [t('match.chartAxis')],
      datasets: labels.map((label, i) => ({ label, data: [values[i]], backgroundColor: colours[i] })),
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { stacked: true, ticks: { callback: (v) => eur(v) } },
        y: { stacked: true, display: false },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${eur(c.raw)}` } },
      },
    },
  });
}

function aidRoom(stack) {
  const rows = [];
  if (stack.gberAidCapEur !== undefined && stack.gberAidCapEur !== null) {
    rows.push([t('match.aid.gber'), eur(stack.gberAidUsedEur), eur(stack.gberAidCapEur)]);
  }
  if (stack.deMinimisHeadroomEur !== undefined && stack.deMinimisHeadroomEur !== null) {
    rows.push([t('match.aid.deMinimis'), eur(stack.deMinimisUsedEur), eur(stack.deMinimisHeadroomEur)]);
  }
  (stack.costLines || []).forEach((line) => rows.push([t('match.aid.costLine', { line: line.id, amount: eur(line.amountEur) }), eur(line.aidUsedEur), eur(line.aidCapEur)]));
  if (rows.length === 0) {
    return null;
  }
  return h(
    'div',
    { class: 'aid-room' },
    h('h3', {}, t('match.aid.title')),
    h('p', { class: 'hint' }, t('match.aid.hint')),
    rows.map(([label, used, cap]) => aidMeter(label, used, cap)),
  );
}

function aidMeter(label, used, cap) {
  return h('div', { class: 'aid-meter' }, h('span', { class: 'aid-label' }, label), h('span', { class: 'aid-value' }, t('match.aid.usedOf', { used, cap })));
}

function upsideSection(view) {
  const upside = view.stack.upside || [];
  if (upside.length === 0) {
    return null;
  }
  return h(
    'div',
    { class: 'upside' },
    h('h3', {}, t('match.upsideTitle')),
    h('p', { class: 'hint' }, t('match.upsideHint')),
    h(
      'ul',
      {},
      upside.map((u) =>
        h(
          'li',
          {},
          h('strong', {}, u.shortName || u.instrumentId),
          ` (+${eur(u.addsEur)}) `,
          u.effect || '',
          u.likelihood ? h('span', { class: 'hint' }, ` ${u.likelihood}`) : null,
          (u.conditions || []).length ? h('ul', {}, u.conditions.map((c) => h('li', {}, c))) : null,
        ),
      ),
    ),
  );
}

// a live match and a stored match's explanation list instruments in the same shape
function instrumentsSection(view, { heading = 'h2', title = t('match.instrumentsTitle'), onCount } = {}) {
  const counted = onCount ? countedIn(view) : [];
  const toggle = (id) => (counted.includes(id) ? counted.filter((c) => c !== id) : [...counted, id]);
  const item = (open) => (i) => instrumentItem(i, open, onCount ? (id) => onCount(toggle(id)) : null);
  const sub = heading === 'h2' ? 'h3' : 'h4';
  const eligible = view.instruments.filter((i) => i.eligibility === 'ELIGIBLE');
  const uncertain = view.instruments.filter((i) => i.eligibility === 'UNCERTAIN');
  const not = view.instruments.filter((i) => i.eligibility !== 'ELIGIBLE' && i.eligibility !== 'UNCERTAIN');
  return h(
    'section',
    { class: 'instruments', 'aria-labelledby': 'instruments-heading' },
    h(heading, { id: 'instruments-heading' }, title),
    group('eligible', t('match.eligible', { count: eligible.length }), eligible, item(false), sub),
    group('uncertain', t('match.uncertain', { count: uncertain.length }), uncertain, item(false), sub),
    group('not-eligible', t('match.notEligible', { count: not.length }), not, item(false), sub),
  );
}

function group(kind, title, instruments, itemOf, heading) {
  if (instruments.length === 0) {
    return null;
  }
  return h(
    'section',
    { class: `instrument-group group-${kind}`, 'data-group': kind },
    h(heading, {}, title),
    h('ul', { class: 'instrument-list' }, instruments.map(itemOf)),
  );
}

function instrumentItem(instrument, open, onToggle) {
  const flags = instrument.flags || [];
  const counted = flags.some((f) => f.kind === 'COUNTED_BY_CHOICE');
  const countable = counted || flags.some((f) => f.kind === 'COUNTABLE_AFTER_CHECK');
  return h(
    'li',
    { class: 'instrument', 'data-instrument': instrument.id },
    h(
      'details',
      { open },
      h(
        'summary',
        {},
        h('span', { class: 'instrument-name' }, instrument.name),
        ' ',
        h('span', { class: `badge badge-${(instrument.eligibility || '').toLowerCase()}` }, tOr(`eligibility.${instrument.eligibility}`, instrument.eligibility)),
        instrument.certainty ? h('span', { class: 'badge' }, t('match.certainty', { certainty: tOr(`certainty.${instrument.certainty}`, instrument.certainty) })) : null,
      ),
      (instrument.reasons || []).length ? h('ul', { class: 'reasons' }, instrument.reasons.map((r) => h('li', {}, r))) : null,
      (instrument.unmet || []).length
        ? h(
            'div',
            { class: 'unmet' },
            h('h4', {}, t('match.whatWouldFit')),
            h('ul', {}, instrument.unmet.map((u) => h('li', {}, u.message, u.wouldFitIf ? h('span', { class: 'would-fit' }, ` → ${u.wouldFitIf}`) : null))),
          )
        : null,
      (instrument.toCheck || []).length
        ? h(
            'div',
            { class: 'to-check' },
            h('h4', {}, t('match.toCheck')),
            h('ul', {}, instrument.toCheck.map((c) => h('li', {}, c.message, c.checkWith ? ` (${t('match.checkWith', { who: c.checkWith })})` : ''))),
          )
        : null,
      onToggle && countable
        ? h(
            'div',
            { class: 'count-in' },
            h('p', { class: 'hint' }, t(counted ? 'match.countedHint' : 'match.countInHint')),
            h('button', { type: 'button', class: 'button-secondary', 'data-count': instrument.id, onclick: () => onToggle(instrument.id) }, t(counted ? 'match.countOut' : 'match.countIn', { name: instrument.shortName || instrument.name })),
          )
        : null,
      h('p', {}, h('a', { href: `#/catalogue/${instrument.id}` }, t('match.aboutInstrument'))),
    ),
  );
}

function referralsSection(view) {
  const referrals = view.referrals || [];
  if (referrals.length === 0) {
    return null;
  }
  return h(
    'section',
    { class: 'referrals' },
    h('h2', {}, t('match.referralsTitle')),
    h('p', { class: 'hint' }, t('match.referralsHint')),
    h('ul', {}, referrals.map((r) => h('li', {}, h('strong', {}, r.name), ': ', r.why))),
  );
}

/**
 * A match as it was stored when the plan was introduced: the stack's figures, then every
 * instrument with the reasons as they read then, in the reader's language. Matches stored before
 * explanations were kept show only which instruments fitted.
 */
export function storedStack(stored) {
  const result = stored.result || {};
  const instruments = result.instruments || [];
  const name = (id, kind) => {
    const found = instruments.find((i) => i.id === id);
    return found ? found.name : tOr(`part.${kind}`, id);
  };
  const parts = [...((result.stack && result.stack.parts) || [])].sort((a, b) => (a.order ?? 99) - (b.order ?? 99));
  return h(
    'section',
    { class: 'stored-match' },
    h('h2', {}, t('dossier.match')),
    h('p', { class: 'hint' }, t('dossier.matchOf', { when: dateTime(stored.computedAt) })),
    table(
      [t('match.col.order'), t('match.col.instrument'), t('match.col.kind'), t('match.col.amount'), t('match.col.legalBasis')],
      parts.map((p, i) => [String(i + 1), name(p.instrumentId, p.kind), tOr(`part.${p.kind}`, p.kind), p.kind === 'GUARANTEE' ? t('match.guarantees', { amount: eur(p.coversEur) }) : eur(p.fundsEur), tOr(`legalBasis.${p.legalBasis}`, p.legalBasis || '–')]),
      t('match.stackTableCaption'),
    ),
    stored.explanation
      ? [
          h('p', { class: 'size-class' }, stored.explanation.sizeClassReasoning),
          instrumentsSection(stored.explanation, { heading: 'h3', title: t('dossier.why') }),
        ]
      : [h('h3', {}, t('dossier.fitting')), h('ul', {}, instruments.filter((i) => i.eligibility === 'ELIGIBLE').map((i) => h('li', {}, i.name)))],
  );
}
