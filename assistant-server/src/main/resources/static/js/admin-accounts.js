/*
 * The staff accounts page: lists accounts and adds, changes and re-passwords them through /api/admin/accounts.
 * Server text is only ever inserted with textContent. Problems are shown the GOV.UK way: an error summary
 * linking to each field, and the message beside the field.
 */
import { staffApi } from './staff-api.js';

const API = '/api/admin/accounts';
const ROLE_NAMES = { AGENT: 'Agent', EDITOR: 'Editor', ADMIN: 'Admin' };
const pageTitle = document.title;
const forms = {
  create: document.getElementById('create-form'),
  change: document.getElementById('change-form'),
  password: document.getElementById('password-form')
};
const selects = [document.getElementById('change-username'), document.getElementById('password-username')];
let accounts = [];

function cell (text) {
  const td = document.createElement('td');
  td.className = 'govuk-table__cell';
  td.textContent = text;
  return td;
}

function render () {
  const rows = accounts.map(function (account) {
    const tr = document.createElement('tr');
    tr.className = 'govuk-table__row';
    tr.append(cell(account.username), cell(account.displayName),
      cell(account.roles.map(function (r) { return ROLE_NAMES[r] || r; }).join(', ') || 'None'),
      cell(account.enabled ? 'Can sign in' : 'Disabled'),
      cell(new Date(account.createdAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })));
    return tr;
  });
  document.getElementById('account-rows').replaceChildren(...rows);
  selects.forEach(function (select) {
    const chosen = select.value;
    select.replaceChildren(...accounts.map(function (account) {
      const option = document.createElement('option');
      option.value = account.username;
      option.textContent = account.username + ' (' + account.displayName + ')';
      return option;
    }));
    if (accounts.some(function (a) { return a.username === chosen; })) select.value = chosen;
  });
  showAccount();
}

function showAccount () {
  const account = accounts.find(function (a) { return a.username === forms.change.elements.username.value; });
  if (!account) return;
  forms.change.querySelectorAll('input[name="roles"]').forEach(function (box) {
    box.checked = account.roles.includes(box.value);
  });
  forms.change.querySelector('input[name="enabled"][value="' + account.enabled + '"]').checked = true;
}

async function load () {
  const result = await staffApi('GET', API);
  if (result.ok) {
    accounts = result.body;
    render();
  } else {
    showProblem(null, result);
  }
}

function clearMessages () {
  document.getElementById('account-notice').hidden = true;
  document.getElementById('account-errors').hidden = true;
  document.title = pageTitle;
  document.querySelectorAll('.govuk-form-group--error').forEach(function (g) { g.classList.remove('govuk-form-group--error'); });
  document.querySelectorAll('.site-field-error').forEach(function (p) { p.remove(); });
}

function showNotice (text) {
  const notice = document.getElementById('account-notice');
  document.getElementById('account-notice-text').textContent = text;
  notice.hidden = false;
  notice.focus();
}

function showProblem (prefix, result) {
  const problem = result.body || {};
  const errors = problem.errors || [{ field: null, message: problem.detail || 'Something went wrong. Please try again.' }];
  const list = document.getElementById('account-error-list');
  list.replaceChildren(...errors.map(function (error) {
    const target = prefix && error.field ? document.getElementById(prefix + '-' + error.field) : null;
    const link = document.createElement('a');
    link.href = '#' + (target ? target.id : (prefix ? forms[prefix].id : 'main-content'));
    link.textContent = error.message;
    const item = document.createElement('li');
    item.append(link);
    if (target) markField(target, error.message);
    return item;
  }));
  const summary = document.getElementById('account-errors');
  summary.hidden = false;
  document.title = 'Error: ' + pageTitle;
  summary.focus();
}

function markField (field, message) {
  const group = field.closest('.govuk-form-group');
  group.classList.add('govuk-form-group--error');
  const text = document.createElement('p');
  text.className = 'govuk-error-message site-field-error';
  text.id = field.id + '-error';
  const hidden = document.createElement('span');
  hidden.className = 'govuk-visually-hidden';
  hidden.textContent = 'Error: ';
  text.append(hidden, message);
  const fieldset = field.closest('fieldset');
  const before = fieldset ? fieldset.querySelector('.govuk-checkboxes, .govuk-radios') : field;
  before.before(text);
}

function checkedRoles (form) {
  return Array.from(form.querySelectorAll('input[name="roles"]:checked')).map(function (box) { return box.value; });
}

function path (username) {
  return API + '/' + encodeURIComponent(username);
}

forms.create.addEventListener('submit', async function (event) {
  event.preventDefault();
  clearMessages();
  const form = forms.create;
  const result = await staffApi('POST', API, {
    username: form.elements.username.value,
    displayName: form.elements.displayName.value,
    password: form.elements.password.value,
    roles: checkedRoles(form)
  });
  if (!result.ok) return showProblem('create', result);
  form.reset();
  await load();
  showNotice('Account ' + result.body.username + ' added');
});

forms.change.addEventListener('submit', async function (event) {
  event.preventDefault();
  clearMessages();
  const form = forms.change;
  const enabled = form.querySelector('input[name="enabled"]:checked');
  const result = await staffApi('PATCH', path(form.elements.username.value), {
    roles: checkedRoles(form),
    enabled: enabled ? enabled.value === 'true' : null
  });
  if (!result.ok) return showProblem('change', result);
  await load();
  showNotice('Account ' + result.body.username + ' changed');
});

forms.password.addEventListener('submit', async function (event) {
  event.preventDefault();
  clearMessages();
  const form = forms.password;
  const username = form.elements.username.value;
  const result = await staffApi('POST', path(username) + '/password', { password: form.elements.password.value });
  if (!result.ok) return showProblem('password', result);
  form.elements.password.value = '';
  showNotice('Password changed for ' + username);
});

forms.change.elements.username.addEventListener('change', showAccount);
document.getElementById('account-notice').setAttribute('tabindex', '-1');
load();
