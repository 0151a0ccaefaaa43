/* The intents: those staff added (with what each does and who last changed it), the bundled ones, recent changes. */
import { staffApi, el, cell, formatDate, showNotice, showErrors, problemItems } from './staff-console.js';

const ACTIONS = {
  ARTICLE: function (a) { return 'Answers from the article ' + a.articleId; },
  TASK: function (a) { return 'Starts the task ' + a.task; },
  HANDOFF: function () { return 'Offers a person'; }
};
const CHANGES = { CREATED: 'Added', UPDATED: 'Changed', DELETED: 'Deleted' };
const NUMERIC = { class: 'govuk-table__cell govuk-table__cell--numeric' };

function row (cells) {
  return el('tr', { class: 'govuk-table__row' }, cells);
}

async function start () {
  const deleted = new URLSearchParams(window.location.search).get('deleted');
  if (deleted) showNotice('Intent ' + deleted + ' deleted');
  const [intents, changes] = await Promise.all([staffApi('GET', '/api/staff/intents'), staffApi('GET', '/api/staff/intent-changes')]);
  if (!intents.ok) {
    showErrors(problemItems(intents));
    return;
  }
  const staff = intents.body.filter(function (i) { return i.source === 'STAFF'; });
  document.getElementById('staff-intent-count').textContent = 'Added by staff (' + staff.length + ')';
  document.getElementById('staff-intent-rows').replaceChildren(...(staff.length ? staff.map(function (i) {
    return row([
      cell(el('a', { class: 'govuk-link', href: '/staff/intents/' + encodeURIComponent(i.id), text: i.id })),
      cell(ACTIONS[i.action.type](i.action)),
      cell(String(i.englishPhrases), NUMERIC),
      cell(String(i.welshPhrases), NUMERIC),
      cell(i.updatedBy + ', ' + formatDate(i.updatedAt))
    ]);
  }) : [row([cell('No intents added yet.', { colspan: '5' })])]));
  document.getElementById('bundled-intent-rows').replaceChildren(...intents.body
    .filter(function (i) { return i.source === 'BUNDLED'; })
    .map(function (i) {
      return row([cell(i.id), cell(i.description), cell(String(i.englishPhrases), NUMERIC), cell(String(i.welshPhrases), NUMERIC)]);
    }));
  if (changes.ok) {
    document.getElementById('intent-change-rows').replaceChildren(...(changes.body.length ? changes.body.map(function (c) {
      return row([cell(formatDate(c.at)), cell(c.by), cell(c.intent), cell(CHANGES[c.type] + ': ' + c.summary)]);
    }) : [row([cell('No changes yet.', { colspan: '4' })])]));
  }
}

start();
