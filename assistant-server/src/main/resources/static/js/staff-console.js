/*
 * Shared by the knowledge-base console pages (/staff/): building elements (server text only ever as
 * textContent), the success banner, and problems shown the GOV.UK way — an error summary linking to each field,
 * and the message beside the field.
 */
import { staffApi, csrfToken } from './staff-api.js';

export { staffApi };

const pageTitle = document.title;

export function el (tag, attrs, children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(function ([name, value]) {
    if (value === null || value === undefined || value === false) return;
    if (name === 'text') node.textContent = value;
    else if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : value);
  });
  (children || []).forEach(function (child) { if (child !== null && child !== undefined) node.append(child); });
  return node;
}

export function clearMessages () {
  document.getElementById('staff-notice').hidden = true;
  document.getElementById('staff-errors').hidden = true;
  document.title = pageTitle;
  document.querySelectorAll('.govuk-form-group--error').forEach(function (g) { g.classList.remove('govuk-form-group--error'); });
  document.querySelectorAll('.staff-field-error').forEach(function (p) { p.remove(); });
  document.querySelectorAll('[aria-describedby]').forEach(function (node) {
    const ids = node.getAttribute('aria-describedby').split(/\s+/).filter(function (id) { return id && !id.endsWith('-error'); });
    if (ids.length) node.setAttribute('aria-describedby', ids.join(' '));
    else node.removeAttribute('aria-describedby');
  });
  document.querySelectorAll('.govuk-input--error, .govuk-textarea--error, .govuk-select--error').forEach(function (i) {
    i.classList.remove('govuk-input--error', 'govuk-textarea--error', 'govuk-select--error');
  });
}

export function showNotice (text) {
  document.getElementById('staff-notice-text').textContent = text;
  const notice = document.getElementById('staff-notice');
  notice.hidden = false;
  notice.focus();
}

/** items: [{text, field}] — field is the id of the input the problem is about, or null. */
export function showErrors (items) {
  const list = document.getElementById('staff-error-list');
  list.replaceChildren(...items.map(function (item) {
    const target = item.field && document.getElementById(item.field);
    if (target) markField(target, item.text);
    return el('li', {}, [target ? el('a', { href: '#' + item.field, text: item.text }) : item.text]);
  }));
  document.title = 'Error: ' + pageTitle;
  const summary = document.getElementById('staff-errors');
  summary.hidden = false;
  summary.focus();
}

function markField (input, text) {
  const group = input.closest('.govuk-form-group');
  if (!group || group.querySelector('#' + input.id + '-error')) return;
  group.classList.add('govuk-form-group--error');
  const message = el('p', { class: 'govuk-error-message staff-field-error', id: input.id + '-error' }, [
    el('span', { class: 'govuk-visually-hidden', text: 'Error: ' }), text
  ]);
  // A choice's message goes above all the choices, and the fieldset is what it describes.
  const choice = input.type === 'radio' || input.type === 'checkbox';
  const fieldset = choice ? input.closest('fieldset') : null;
  const choices = fieldset ? fieldset.querySelector('.govuk-checkboxes, .govuk-radios') : null;
  (choices || input).before(message);
  const described = fieldset || input;
  described.setAttribute('aria-describedby', ((described.getAttribute('aria-describedby') || '') + ' ' + input.id + '-error').trim());
  if (input.tagName === 'TEXTAREA') input.classList.add('govuk-textarea--error');
  else if (input.tagName === 'SELECT') input.classList.add('govuk-select--error');
  else if (input.tagName === 'INPUT' && input.type !== 'checkbox') input.classList.add('govuk-input--error');
}

/**
 * The problems of a failed API call as error summary items. fieldOf maps a problem's field
 * (e.g. "links[2].url") to an input id; a row (import row or synonym line) is named in the text.
 */
export function problemItems (result, fieldOf, rowName) {
  const body = result.body || {};
  if (Array.isArray(body.problems) && body.problems.length) {
    return body.problems.map(function (p) {
      const where = p.row > 0 ? (rowName || 'Row') + ' ' + p.row + (p.field ? ', ' + p.field : '') + ': '
        : (p.field ? labelOf(p.field) + ' ' : '');
      return { text: where + p.message, field: fieldOf ? fieldOf(p.field || '') : null };
    });
  }
  return [{ text: body.detail || 'Something went wrong (' + result.status + '). Please try again.', field: null }];
}

function labelOf (field) {
  const names = {
    title: 'Title', spokenAnswer: 'Spoken answer', answer: 'Answer', serviceArea: 'Service area', id: 'Id',
    message: 'Message', startsAt: 'Start', expiresAt: 'End', intents: 'Intents', author: 'Author'
  };
  const base = field.replace(/\[.*$/, '');
  const rest = field.substring(base.length);
  return (names[base] || base) + rest;
}

/** Paragraphs separated by blank lines, lines starting "- " as bullets — as the chat widget shows answers. */
export function renderText (text) {
  const frag = document.createDocumentFragment();
  String(text || '').replace(/\r\n?/g, '\n').split(/\n\s*\n/).forEach(function (block) {
    let list = null;
    let para = null;
    block.split('\n').forEach(function (line) {
      if (/^\s*- /.test(line)) {
        para = null;
        if (!list) frag.append(list = el('ul', { class: 'govuk-list govuk-list--bullet' }));
        list.append(el('li', { text: line.replace(/^\s*- /, '') }));
      } else if (line.trim()) {
        list = null;
        if (para) para.append(el('br'));
        else frag.append(para = el('p', { class: 'govuk-body' }));
        para.append(line.trim());
      }
    });
  });
  return frag;
}

const STATUS_TAGS = { DRAFT: ['Draft', 'govuk-tag--grey'], PUBLISHED: ['Published', 'govuk-tag--green'], ARCHIVED: ['Archived', 'govuk-tag--orange'] };

export function statusTag (status) {
  const [text, colour] = STATUS_TAGS[status] || [status, ''];
  return el('strong', { class: 'govuk-tag ' + colour, text: text });
}

export function formatDate (iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function cell (content, attrs) {
  const td = el('td', Object.assign({ class: 'govuk-table__cell' }, attrs || {}));
  if (content instanceof Node) td.append(content);
  else td.textContent = content === null || content === undefined ? '' : String(content);
  return td;
}

/** Lines of a textarea, trimmed, blank ones dropped. */
export function lines (text) {
  return String(text || '').split(/\r?\n/).map(function (l) { return l.trim(); }).filter(function (l) { return l; });
}

export function options (select, items, keep) {
  const chosen = select.value;
  select.replaceChildren(...items.map(function ([value, text]) { return el('option', { value: value, text: text }); }));
  if (keep !== false && items.some(function ([value]) { return value === chosen; })) select.value = chosen;
}

/** A request whose body is not JSON (an import file), with the CSRF token, answered as staffApi answers. */
export async function csrfFetch (method, url, text, contentType) {
  const response = await fetch(url, {
    method: method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json, application/problem+json', 'Content-Type': contentType, 'X-XSRF-TOKEN': csrfToken() },
    body: text
  });
  if (response.status === 401) window.location.assign('/login');
  let json = null;
  try {
    json = await response.json();
  } catch (e) {
    json = null;
  }
  return { ok: response.ok, status: response.status, body: json };
}
