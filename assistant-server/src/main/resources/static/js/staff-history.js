/* An article's versions: what changed between two (line by line), and restoring an earlier version. */
import { staffApi, el, cell, formatDate, clearMessages, showNotice, showErrors, problemItems } from './staff-console.js';

const id = document.getElementById('history-page').dataset.articleId;
const base = '/api/staff/articles/' + encodeURIComponent(id);
const FIELD_NAMES = {
  TITLE: 'Title', SPOKEN_ANSWER: 'Spoken answer', ANSWER: 'Answer', SERVICE_AREA: 'Service area', STATUS: 'Status',
  QUESTIONS: 'Alternate questions', KEYWORDS: 'Keywords', LINKS: 'Links', INTENTS: 'Intents'
};
const CHANGES = {
  SEEDED: 'Starter content', CREATED: 'Created', EDITED: 'Edited', PUBLISHED: 'Published', ARCHIVED: 'Archived',
  RETURNED_TO_DRAFT: 'Returned to draft', RESTORED: 'Restored', IMPORTED: 'Imported', RECORDED: 'Recorded'
};
let latest = 0;

function button (text, onClick, secondary) {
  const b = el('button', { type: 'button', class: 'govuk-button govuk-!-margin-bottom-0 govuk-!-margin-right-2 ' + (secondary ? 'govuk-button--secondary' : ''), text: text });
  b.addEventListener('click', onClick);
  return b;
}

async function load () {
  const result = await staffApi('GET', base + '/versions');
  if (!result.ok) {
    showErrors(problemItems(result));
    return;
  }
  const versions = result.body.slice().reverse();
  latest = versions.length ? versions[0].version : 0;
  document.getElementById('version-rows').replaceChildren(...versions.map(function (v) {
    const actions = el('div', {}, []);
    if (v.version > 1) {
      actions.append(button('Compare with version ' + (v.version - 1), function () { diff(v.version - 1, v.version); }, true));
    }
    if (v.version !== latest) {
      actions.append(button('Restore version ' + v.version, function () { restore(v.version); }, false));
    }
    return el('tr', { class: 'govuk-table__row' }, [
      cell(String(v.version)),
      cell((CHANGES[v.change] || v.change) + (v.restoredFrom ? ' (from version ' + v.restoredFrom + ')' : '')),
      cell(v.author),
      cell(formatDate(v.savedAt)),
      cell(actions)
    ]);
  }));
}

async function diff (from, to) {
  clearMessages();
  const result = await staffApi('GET', base + '/diff?from=' + from + '&to=' + to);
  if (!result.ok) {
    showErrors(problemItems(result));
    return;
  }
  const changed = result.body.fields.filter(function (f) { return JSON.stringify(f.before) !== JSON.stringify(f.after); });
  document.getElementById('diff-heading').textContent = 'Changes from version ' + from + ' to version ' + to;
  const blocks = changed.map(function (field) {
    return el('div', {}, [
      el('h3', { class: 'govuk-heading-s', text: FIELD_NAMES[field.field] || field.field }),
      el('ul', { class: 'staff-diff govuk-body' }, field.lines.map(function (line) {
        const kind = line.kind === 'ADDED' ? 'added' : line.kind === 'REMOVED' ? 'removed' : null;
        return el('li', { class: kind ? 'staff-diff__' + kind : '' }, [
          kind ? el('span', { class: 'govuk-visually-hidden', text: kind === 'added' ? 'Added: ' : 'Removed: ' }) : null,
          (kind === 'added' ? '+ ' : kind === 'removed' ? '− ' : '  ') + line.text
        ]);
      }))
    ]);
  });
  if (!blocks.length) blocks.push(el('p', { class: 'govuk-body', text: 'Nothing changed.' }));
  document.getElementById('diff-fields').replaceChildren(...blocks);
  const section = document.getElementById('diff');
  section.hidden = false;
  section.focus();
}

async function restore (version) {
  clearMessages();
  const result = await staffApi('POST', base + '/versions/' + version + '/restore', { version: latest });
  if (!result.ok) {
    showErrors(problemItems(result));
    return;
  }
  await load();
  showNotice('Version ' + version + ' restored as version ' + result.body.version);
}

const query = new URLSearchParams(window.location.search);
load().then(function () {
  if (query.get('from') && query.get('to')) diff(Number(query.get('from')), Number(query.get('to')));
});
