/* Service notices: list, add, edit and expire. */
import { staffApi, el, cell, formatDate, clearMessages, showNotice, showErrors, problemItems } from './staff-console.js';

const form = document.getElementById('notice-form');
let notices = [];

function fieldOf (field) {
  const base = field.replace(/\[.*$/, '');
  if (base === 'intents') return (document.querySelector('#notice-intents input') || {}).id || null;
  return ['message', 'startsAt', 'expiresAt'].includes(base) ? 'notice-' + base : null;
}

function localValue (iso) {
  const d = new Date(iso);
  const pad = function (n) { return String(n).padStart(2, '0'); };
  return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours()) + ':' + pad(d.getMinutes());
}

function isoValue (local) {
  return local ? new Date(local).toISOString() : null;
}

function edit (notice) {
  clearMessages();
  form.elements.id.value = notice ? notice.id : '';
  form.elements.message.value = notice ? notice.message : '';
  form.querySelectorAll('input[name="intents"]').forEach(function (box) { box.checked = !!notice && notice.intents.includes(box.value); });
  form.elements.startsAt.value = notice ? localValue(notice.startsAt) : '';
  form.elements.expiresAt.value = notice ? localValue(notice.expiresAt) : '';
  document.getElementById('notice-form-heading').textContent = notice ? 'Change a notice' : 'Add a notice';
  document.getElementById('notice-save').textContent = notice ? 'Save notice' : 'Add notice';
  document.getElementById('notice-cancel').hidden = !notice;
  if (notice) form.elements.message.focus();
}

async function load () {
  const result = await staffApi('GET', '/api/staff/notices');
  if (!result.ok) {
    showErrors(problemItems(result));
    return;
  }
  notices = result.body;
  const now = Date.now();
  document.getElementById('notice-rows').replaceChildren(...notices.map(function (notice) {
    const running = new Date(notice.startsAt).getTime() <= now && now < new Date(notice.expiresAt).getTime();
    const ended = new Date(notice.expiresAt).getTime() <= now;
    const actions = el('div', { class: 'govuk-button-group' }, []);
    if (!ended) {
      const change = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0', text: 'Change' }, [el('span', { class: 'govuk-visually-hidden', text: ' notice ' + notice.id })]);
      change.addEventListener('click', function () { edit(notice); });
      const expire = el('button', { type: 'button', class: 'govuk-button govuk-button--warning govuk-!-margin-bottom-0', text: 'End now' }, [el('span', { class: 'govuk-visually-hidden', text: ' notice ' + notice.id })]);
      expire.addEventListener('click', async function () {
        clearMessages();
        const r = await staffApi('POST', '/api/staff/notices/' + notice.id + '/expire');
        if (!r.ok) { showErrors(problemItems(r)); return; }
        await load();
        showNotice('Notice ended');
      });
      actions.append(change, expire);
    }
    return el('tr', { class: 'govuk-table__row' }, [
      cell(notice.message),
      cell(notice.intents.join(', ')),
      cell((running ? 'Running: ' : ended ? 'Ended: ' : 'Starts: ') + formatDate(notice.startsAt) + ' to ' + formatDate(notice.expiresAt)),
      cell(actions)
    ]);
  }));
}

form.addEventListener('submit', async function (event) {
  event.preventDefault();
  clearMessages();
  const body = {
    message: form.elements.message.value.trim(),
    intents: Array.from(form.querySelectorAll('input[name="intents"]:checked')).map(function (b) { return b.value; }),
    startsAt: isoValue(form.elements.startsAt.value),
    expiresAt: isoValue(form.elements.expiresAt.value)
  };
  const id = form.elements.id.value;
  const result = id ? await staffApi('PUT', '/api/staff/notices/' + id, body) : await staffApi('POST', '/api/staff/notices', body);
  if (!result.ok) {
    showErrors(problemItems(result, fieldOf));
    return;
  }
  edit(null);
  await load();
  showNotice(id ? 'Notice saved' : 'Notice added');
});
document.getElementById('notice-cancel').addEventListener('click', function () { edit(null); });

async function start () {
  const intents = await staffApi('GET', '/api/staff/intents');
  if (intents.ok) {
    document.getElementById('notice-intents').replaceChildren(...intents.body.map(function (intent, i) {
      const id = 'notice-intents-' + (i + 1);
      return el('div', { class: 'govuk-checkboxes__item' }, [
        el('input', { class: 'govuk-checkboxes__input', id: id, name: 'intents', type: 'checkbox', value: intent.id }),
        el('label', { class: 'govuk-label govuk-checkboxes__label', for: id, text: intent.id })
      ]);
    }));
  }
  await load();
}

start();
