// The administrator's pages: the catalogue (close, reopen, import and its report) and the
// organisations.
import { call, get, post, put } from '../api.js';
import { dateTime, t, tOr } from '../i18n.js';
import { busy, field, h, notice, rerender, showErrors, table, valueOf } from '../ui.js';
import { eventLabel } from './firm.js';

export async function catalogue() {
  const page = await get('/v1/instruments?size=100');
  const importForm = h(
    'form',
    { class: 'form', novalidate: true, id: 'import-form' },
    h('h2', {}, t('admin.import')),
    field({ name: 'file', label: t('admin.importFile'), kind: 'file', attrs: { accept: '.yaml,.yml,text/yaml' } }),
    field({ name: 'note', label: t('admin.importNote') }),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button-secondary', id: 'import-submit' }, t('admin.importSend'))),
    h('div', { id: 'import-report', 'aria-live': 'polite' }),
  );
  importForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = importForm.querySelector('[name="file"]').files[0];
    if (!file) {
      showErrors(importForm, { message: t('doc.chooseFile'), fieldErrors: () => ({ file: t('doc.chooseFile') }) });
      return;
    }
    const button = importForm.querySelector('#import-submit');
    busy(button, true);
    try {
      const note = valueOf(importForm, 'note');
      const { body } = await call('POST', `/v1/instruments/import${note ? `?note=${encodeURIComponent(note)}` : ''}`, await file.text(), { raw: 'application/yaml' });
      importForm.querySelector('#import-report').replaceChildren(importReport(body));
    } catch (e) {
      showErrors(importForm, e);
    } finally {
      busy(button, false);
    }
  });
  return [
    h('h1', {}, t('admin.catalogueTitle')),
    await rematchPanel(),
    table(
      [t('admin.col.instrument'), t('catalogue.status'), t('admin.col.version'), t('admin.col.action')],
      page.items.map((i) => [h('a', { href: `#/admin/instruments/${i.id}` }, i.name), tOr(`status.${i.status}`, i.status), String(i.version), statusAction(i)]),
      t('admin.catalogueTitle'),
    ),
    importForm,
  ];
}

// Every catalogue change has every submitted plan matched again (a batch job): the newest run
// with a progress bar that follows it while it runs, the ones before it, and a way to start one.
async function rematchPanel() {
  const section = h('section', { class: 'rematch', id: 'rematch', 'aria-labelledby': 'rematch-title' });
  const form = h(
    'form',
    { class: 'inline-form', novalidate: true, id: 'rematch-form' },
    field({ name: 'reason', label: t('admin.rematchNowReason'), required: true }),
    h('button', { type: 'submit', class: 'button-secondary', id: 'rematch-start' }, t('admin.rematchNow')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('#rematch-start');
    busy(button, true);
    try {
      await post('/v1/admin/rematch', { reason: valueOf(form, 'reason') });
      form.reset();
      await show();
    } catch (e) {
      showErrors(form, e);
    } finally {
      busy(button, false);
    }
  });
  const runs = h('div', { id: 'rematch-runs', 'aria-live': 'polite' });
  section.append(h('h2', { id: 'rematch-title' }, t('admin.rematchTitle')), h('p', {}, t('admin.rematchIntro')), runs, form);

  async function show() {
    const list = await get('/v1/admin/rematch');
    runs.replaceChildren(...rematchRuns(list));
    // follow a running run until it ends or the page is left
    if (list.length && list[0].status === 'RUNNING') {
      setTimeout(() => {
        if (section.isConnected) {
          show().catch(() => {});
        }
      }, 1000);
    }
  }
  await show();
  return section;
}

function rematchRuns(list) {
  if (!list.length) {
    return [h('p', { class: 'muted' }, t('admin.rematchNone'))];
  }
  const [latest, ...earlier] = list;
  const progress = t('admin.rematchProgress', { done: latest.done, total: latest.total, percent: latest.percent });
  const parts = [
    h(
      'div',
      { class: 'rematch-latest', 'data-status': latest.status, 'data-job': latest.jobId },
      h('p', {}, h('strong', {}, tOr(`admin.rematchStatus.${latest.status}`, latest.status)), ` · ${t('admin.rematchReason')}: ${rematchCause(latest.reason)}`),
      h('progress', { id: 'rematch-progress', max: String(Math.max(latest.total, 1)), value: String(latest.total ? latest.done : 1), 'aria-label': progress }),
      h(
        'p',
        { id: 'rematch-figures' },
        `${progress} · ${t('admin.rematchChanged')}: ${latest.changed} · ${t('admin.rematchFailed')}: ${latest.failed} · ${t('admin.rematchInstances')}: ${latest.instances} · ${t('admin.rematchStarted')}: ${dateTime(latest.requestedAt)}`,
        latest.finishedAt ? ` · ${t('admin.rematchFinished')}: ${dateTime(latest.finishedAt)}` : '',
      ),
    ),
  ];
  if (earlier.length) {
    parts.push(
      h(
        'details',
        {},
        h('summary', {}, t('admin.rematchEarlier')),
        table(
          [t('admin.rematchStarted'), t('admin.rematchReason'), t('catalogue.status'), t('admin.rematchChanged'), t('admin.rematchFailed')],
          earlier.map((run) => [
            dateTime(run.requestedAt),
            rematchCause(run.reason),
            `${tOr(`admin.rematchStatus.${run.status}`, run.status)} (${run.done}/${run.total})`,
            String(run.changed),
            String(run.failed),
          ]),
          t('admin.rematchEarlier'),
        ),
      ),
    );
  }
  return parts;
}

// "InstrumentClosed bmkb; InstrumentRevised go" as people say it; a typed reason stays as it is
function rematchCause(reason) {
  return reason
    .split('; ')
    .map((part) => {
      const event = part.match(/^(Instrument[A-Za-z]+) ([\w-]+)$/);
      return event && tOr(`admin.rematchCause.${event[1]}`, null) ? t(`admin.rematchCause.${event[1]}`, { id: event[2] }) : part;
    })
    .join('; ');
}

function statusAction(instrument) {
  const closing = instrument.status !== 'CLOSED';
  const form = h(
    'form',
    { class: 'inline-form', novalidate: true, 'data-instrument': instrument.id },
    field({ name: 'reason', label: closing ? t('admin.closeReason', { name: instrument.id }) : t('admin.reopenReason', { name: instrument.id }), required: true }),
    h('button', { type: 'submit', class: 'button-secondary' }, closing ? t('admin.close') : t('admin.reopen')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      // the version read is the one changed: a concurrent edit answers 412, never overwritten
      const current = await call('GET', `/v1/instruments/${instrument.id}`);
      await post(`/v1/instruments/${instrument.id}/${closing ? 'close' : 'reopen'}`, { reason: valueOf(form, 'reason') }, { etag: current.etag });
      rerender();
    } catch (e) {
      showErrors(form, e);
    }
  });
  return form;
}

function importReport(report) {
  const list = (title, items) => (items && items.length ? h('section', {}, h('h3', {}, title), h('ul', {}, items.map((i) => h('li', {}, i)))) : null);
  return h(
    'div',
    { class: 'import-report' },
    h('h3', {}, t('admin.report')),
    list(t('admin.added'), report.added),
    list(t('admin.changed'), report.changed),
    list(t('admin.unchanged'), report.unchanged),
    list(t('admin.warnings'), report.warnings),
    list(t('admin.fileProblems'), report.fileProblems),
    list(
      t('admin.rejected'),
      (report.rejected || []).map((r) => `${r.id || `#${r.position}`} (${t('admin.line', { line: r.line })}): ${r.reasons.join('; ')}`),
    ),
  );
}

export async function organisations() {
  const list = await get('/v1/organisations');
  return [
    h('h1', {}, t('admin.organisationsTitle')),
    list.length === 0
      ? notice('info', t('admin.noOrganisations'))
      : table(
          [t('admin.col.code'), t('admin.col.name'), t('admin.col.kind'), t('admin.col.active'), t('org.workingDays')],
          list.map((o) => [o.code, o.name, tOr(`orgKind.${o.kind}`, o.kind), o.active ? t('common.yes') : t('common.no'), o.responseDays ? String(o.responseDays) : '–']),
          t('admin.organisationsTitle'),
        ),
  ];
}

// one instrument for the administrator: its definition to edit (a new version, If-Match on the
// version read) and every earlier version with who recorded it and why
export async function instrument(id) {
  const [{ body: current, etag }, versions] = await Promise.all([call('GET', `/v1/instruments/${id}`), get(`/v1/instruments/${id}/versions`)]);
  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'instrument-form' },
    h('h2', {}, t('admin.edit')),
    h('p', { class: 'hint' }, t('admin.editHint', { version: current.version })),
    field({ name: 'definition', label: t('admin.definition'), kind: 'textarea', value: JSON.stringify(current.definition, null, 2), required: true, attrs: { rows: 24, spellcheck: 'false', class: 'code' } }),
    field({ name: 'note', label: t('admin.changeNote'), required: true, hint: t('admin.changeNoteHint') }),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button-primary', id: 'instrument-save' }, t('admin.saveVersion'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    let definition;
    try {
      definition = JSON.parse(valueOf(form, 'definition') || '');
    } catch (parseError) {
      showErrors(form, { message: t('admin.notJson'), fieldErrors: () => ({ definition: parseError.message }) });
      return;
    }
    const note = valueOf(form, 'note');
    if (!note) {
      showErrors(form, { message: t('error.summary'), fieldErrors: () => ({ note: t('admin.changeNoteRequired') }) });
      return;
    }
    const button = form.querySelector('#instrument-save');
    busy(button, true);
    try {
      await put(`/v1/instruments/${id}?note=${encodeURIComponent(note)}`, definition, { etag });
      rerender();
    } catch (e) {
      // the server names fields inside the definition; they all live in the one text area
      showErrors(form, e, (path) => (path === 'note' ? 'note' : 'definition'));
    } finally {
      busy(button, false);
    }
  });
  return [
    h('p', {}, h('a', { href: '#/admin/catalogue' }, t('admin.backToCatalogue'))),
    h('h1', {}, current.name),
    h('p', {}, tOr(`status.${current.status}`, current.status), ' · ', t('admin.currentVersion', { version: current.version }), ' · ', h('a', { href: `#/catalogue/${id}` }, t('admin.publicPage'))),
    form,
    h(
      'section',
      { id: 'instrument-versions' },
      h('h2', {}, t('admin.versions')),
      table(
        [t('admin.col.version'), t('admin.col.recordedAt'), t('admin.col.recordedBy'), t('catalogue.status'), t('admin.col.note')],
        versions.map((v) => [String(v.version), dateTime(v.recordedAt), v.recordedBy || '–', tOr(`status.${v.status}`, v.status || '–'), v.changeNote || '–']),
        t('admin.versions'),
      ),
      versions.map((v) => h('details', { class: 'version-definition' }, h('summary', {}, t('admin.definitionOf', { version: v.version })), h('pre', { class: 'code' }, JSON.stringify(v.definition, null, 2)))),
    ),
  ];
}

// the audit log: every change and every read of a firm's data by others, newest first
export async function audit() {
  const params = new URLSearchParams(window.location.hash.split('?')[1] || '');
  const actor = params.get('actor') || '';
  const page = Math.max(0, Number.parseInt(params.get('page') || '0', 10) || 0);
  const query = new URLSearchParams({ page: String(page), size: '50' });
  if (actor) {
    query.set('actor', actor);
  }
  const log = await get(`/v1/admin/audit?${query}`);
  const filter = h(
    'form',
    { class: 'form filters', novalidate: true, id: 'audit-filter', role: 'search' },
    field({ name: 'actor', label: t('admin.auditActor'), value: actor, hint: t('admin.auditActorHint') }),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button-secondary' }, t('common.filter'))),
  );
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    const who = valueOf(filter, 'actor');
    window.location.hash = `#/admin/audit${who ? `?actor=${encodeURIComponent(who)}` : ''}`;
  });
  const link = (to, label) => h('a', { href: `#/admin/audit?${new URLSearchParams({ ...(actor ? { actor } : {}), page: String(to) })}` }, label);
  const pages = Math.max(1, Math.ceil(log.total / log.size));
  return [
    h('h1', {}, t('admin.auditTitle')),
    h('p', { class: 'lead' }, t('admin.auditIntro')),
    filter,
    log.items.length === 0
      ? notice('info', t('admin.auditNone'))
      : table(
          [t('firm.audit.col.when'), t('firm.audit.col.who'), t('firm.audit.col.what'), t('admin.col.subject'), t('firm.audit.col.reason')],
          log.items.map((e) => [dateTime(e.at), `${e.actor} (${e.actorRoles || '–'})`, eventLabel(e.action), `${e.subjectType} ${e.subjectId}`, e.reason || '']),
          t('admin.auditTitle'),
        ),
    h(
      'nav',
      { class: 'pager', 'aria-label': t('common.pages') },
      page > 0 ? link(page - 1, t('common.previous')) : null,
      h('span', {}, t('common.pageOf', { page: page + 1, pages })),
      page + 1 < pages ? link(page + 1, t('common.next')) : null,
    ),
  ];
}
