// Rows a person adds and removes (capex lines, milestones, linked enterprises, de minimis aid).
// Each control is named by the API's JSON path with the row's index, e.g. capexLines[1].amountEur,
// so a refusal names the very field to show its reason beside.
import { t } from './i18n.js';
import { field, h, valueOf } from './ui.js';

export function repeater({ name, legend, addLabel, fields, rows = [] }) {
  const list = h('div', { class: 'rows' });
  const holder = h('fieldset', { class: 'repeater', 'data-repeater': name }, h('legend', {}, legend), list);
  const renumber = () => {
    [...list.children].forEach((row, index) => {
      row.querySelector('.row-title').textContent = t('common.row', { number: index + 1 });
      row.querySelectorAll('[data-field]').forEach((f) => {
        f.dataset.field = f.dataset.field.replace(/\[\d+\]/, `[${index}]`);
      });
      row.querySelectorAll('[name]').forEach((c) => {
        c.name = c.name.replace(/\[\d+\]/, `[${index}]`);
      });
    });
  };
  const addRow = (values = {}) => {
    const index = list.children.length;
    const row = h(
      'div',
      { class: 'row' },
      h('h3', { class: 'row-title' }),
      h('div', { class: 'grid' }, fields.map((spec) => field({ ...spec, name: `${name}[${index}].${spec.name}`, value: values[spec.name] }))),
      h(
        'button',
        {
          type: 'button',
          class: 'link-button remove-row',
          onclick: () => {
            row.remove();
            renumber();
          },
        },
        t('common.removeRow'),
      ),
    );
    list.append(row);
    renumber();
    return row;
  };
  rows.forEach(addRow);
  holder.append(
    h(
      'button',
      {
        type: 'button',
        class: 'button-secondary add-row',
        onclick: () => {
          const row = addRow();
          row.querySelector('input, select').focus();
        },
      },
      addLabel,
    ),
  );
  return holder;
}

/** The rows as the API wants them: [{field: value}], numbers typed. */
export function rowsOf(form, name, fields) {
  const holder = form.querySelector(`[data-repeater="${name}"]`);
  const count = holder ? holder.querySelectorAll('.row').length : 0;
  const rows = [];
  for (let index = 0; index < count; index += 1) {
    const row = {};
    for (const spec of fields) {
      const value = valueOf(form, `${name}[${index}].${spec.name}`, spec.kind === 'number' ? 'number' : 'text');
      if (value !== undefined) {
        row[spec.name] = value;
      }
    }
    rows.push(row);
  }
  return rows;
}
