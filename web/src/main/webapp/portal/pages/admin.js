// The administrator's pages: the catalogue (close, reopen, import and its report) and the
// organisations.
import { call, get, post } from '../api.js';
import { t, tOr } from '../i18n.js';
import { busy, field, h, notice, rerender, showErrors, table, valueOf } from '../ui.js';

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
    table(
      [t('admin.col.instrument'), t('catalogue.status'), t('admin.col.version'), t('admin.col.action')],
      page.items.map((i) => [h('a', { href: `#/catalogue/${i.id}` }, i.name), tOr(`status.${i.status}`, i.status), String(i.version), statusAction(i)]),
      t('admin.catalogueTitle'),
    ),
    importForm,
  ];
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
