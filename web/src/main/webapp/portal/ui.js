// Small helpers to build accessible pages without markup strings: every field has a label, an
// error slot tied to it with aria-describedby, and forms keep what was typed when refused.
import { t } from './i18n.js';

/** An element: h('p', {class: 'x'}, 'text', child, ...). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.substring(2), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, value);
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

let counter = 0;
export function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

/**
 * A labelled field. kind: text, number, date, select (options: [[value, label]]), textarea,
 * checkbox, checkboxes (options), file. name is the API's JSON path, so server errors find it.
 */
export function field({ name, label, kind = 'text', value, options = [], hint, required, attrs = {} }) {
  const id = uid('f');
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  let control;
  if (kind === 'select') {
    control = h(
      'select',
      { id, name, required, 'aria-describedby': describedBy, ...attrs },
      options.map(([v, l]) => h('option', { value: v, selected: String(v) === String(value ?? '') }, l)),
    );
  } else if (kind === 'textarea') {
    control = h('textarea', { id, name, required, 'aria-describedby': describedBy, rows: 4, ...attrs }, value ?? '');
  } else if (kind === 'checkbox') {
    control = h('input', { id, name, type: 'checkbox', checked: Boolean(value), 'aria-describedby': describedBy, ...attrs });
    return h(
      'div',
      { class: 'field field-checkbox', 'data-field': name },
      control,
      h('label', { for: id }, label),
      hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
      h('p', { class: 'field-error', id: errorId, hidden: true }),
    );
  } else if (kind === 'checkboxes') {
    const chosen = new Set(value || []);
    return h(
      'fieldset',
      { class: 'field field-group', 'data-field': name, 'aria-describedby': describedBy },
      h('legend', {}, label),
      hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
      h('p', { class: 'field-error', id: errorId, hidden: true }),
      h(
        'div',
        { class: 'choices' },
        options.map(([v, l]) => {
          const optionId = uid('o');
          return h(
            'div',
            { class: 'choice' },
            h('input', { type: 'checkbox', id: optionId, name, value: v, checked: chosen.has(v) }),
            h('label', { for: optionId }, l),
          );
        }),
      ),
    );
  } else {
    control = h('input', {
      id,
      name,
      type: kind,
      value: value ?? '',
      required,
      'aria-describedby': describedBy,
      ...(kind === 'number' ? { inputmode: 'numeric', step: 'any' } : {}),
      ...attrs,
    });
  }
  return h(
    'div',
    { class: 'field', 'data-field': name },
    h('label', { for: id }, label, required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    h('p', { class: 'field-error', id: errorId, hidden: true }),
    control,
  );
}

/** The value of a named control in a form, typed: numbers as numbers, empty as undefined. */
export function valueOf(form, name, type = 'text') {
  const elements = [...form.querySelectorAll(`[name="${CSS.escape(name)}"]`)];
  if (elements.length === 0) {
    return undefined;
  }
  if (elements[0].type === 'checkbox' && elements.length > 1) {
    return elements.filter((e) => e.checked).map((e) => e.value);
  }
  if (elements[0].type === 'checkbox') {
    return elements[0].checked;
  }
  const raw = elements[0].value.trim();
  if (raw === '') {
    return undefined;
  }
  if (type === 'number') {
    // people type 1.200.000 or 1 200 000: keep the digits (and a decimal comma)
    const cleaned = raw.replace(/[\s.€]/g, '').replace(',', '.');
    const parsed = Number(cleaned);
    return Number.isNaN(parsed) ? raw : parsed;
  }
  return raw;
}

/** Clears earlier errors of a form. */
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((e) => {
    e.hidden = true;
    e.textContent = '';
  });
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  const summary = form.querySelector('.error-summary');
  if (summary) {
    summary.remove();
  }
}

/**
 * Shows a refusal: the summary at the top of the form (focused, so a screen reader reads it), each
 * field's reason beside the field. Fields are found by the API's JSON path, or by its last part.
 */
export function showErrors(form, error, mapField = (path) => path) {
  clearErrors(form);
  const fieldErrors = error.fieldErrors ? error.fieldErrors() : {};
  const items = [];
  for (const [path, reason] of Object.entries(fieldErrors)) {
    const name = mapField(path);
    const holder = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
    if (holder) {
      const slot = holder.querySelector('.field-error');
      slot.textContent = reason;
      slot.hidden = false;
      const control = holder.querySelector('input, select, textarea');
      if (control) {
        control.setAttribute('aria-invalid', 'true');
      }
      const label = holder.querySelector('label, legend');
      const named = label ? `${label.firstChild.textContent.trim()}: ${reason}` : reason;
      items.push(h('li', {}, h('a', { href: `#${control ? control.id : ''}`, 'data-focus': control ? control.id : '' }, named)));
    } else {
      items.push(h('li', {}, `${path}: ${reason}`));
    }
  }
  const summary = h(
    'div',
    { class: 'error-summary', role: 'alert', tabindex: '-1' },
    h('h2', {}, t('error.summary')),
    h('p', {}, error.message),
    items.length ? h('ul', {}, items) : null,
  );
  summary.addEventListener('click', (event) => {
    const target = event.target.closest('[data-focus]');
    if (target && target.dataset.focus) {
      event.preventDefault();
      document.getElementById(target.dataset.focus).focus();
    }
  });
  form.prepend(summary);
  summary.focus();
}

/** A message for the whole page (an error that belongs to no form). */
export function notice(kind, text) {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** Draws the current page again, e.g. after an action changed what it shows. */
export function rerender() {
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function busy(button, isBusy) {
  button.disabled = isBusy;
  button.setAttribute('aria-busy', String(isBusy));
}

export function heading(text, level = 1) {
  return h(`h${level}`, {}, text);
}

export function table(headers, rows, caption) {
  return h(
    'div',
    { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      {},
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, headers.map((text) => h('th', { scope: 'col' }, text)))),
      h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((c) => h('td', {}, c))))),
    ),
  );
}

export function link(href, text, attrs = {}) {
  return h('a', { href, ...attrs }, text);
}

export function loading() {
  return h('p', { class: 'loading', role: 'status' }, t('common.loading'));
}
