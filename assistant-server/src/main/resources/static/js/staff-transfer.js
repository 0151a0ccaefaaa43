/*
 * Import of a council's JSON or CSV file in two steps: a preview (the same request with dryRun=true) lists what
 * the import would create, update and archive, then "Import the file" sends the same file again to apply it.
 * A file with problems is refused whole; the error summary names each row and what to do.
 */
import { el, cell, clearMessages, showNotice, showErrors, csrfFetch } from './staff-console.js';

const form = document.getElementById('import-form');
const preview = document.getElementById('import-preview');
const CHANGES = {
  CREATED: ['New', 'govuk-tag--green'],
  UPDATED: ['Updated', 'govuk-tag--blue'],
  ARCHIVED: ['Archived', 'govuk-tag--orange']
};
let pending = null;

function hidePreview () {
  preview.hidden = true;
  pending = null;
}

function showProblems (result) {
  const body = result.body || {};
  const problems = Array.isArray(body.problems) && body.problems.length ? body.problems
    : [{ message: body.detail || 'Something went wrong (' + result.status + '). Please try again.' }];
  showErrors(problems.map(function (p) { return { text: p.message, field: 'import-file' }; }));
}

function countRow (label, count) {
  return el('div', { class: 'govuk-summary-list__row' }, [
    el('dt', { class: 'govuk-summary-list__key', text: label }),
    el('dd', { class: 'govuk-summary-list__value', text: String(count) })
  ]);
}

function articleCell (article) {
  return cell(el('span', {}, [article.title, el('br'), el('span', { class: 'govuk-hint', text: article.id })]));
}

function render (report) {
  document.getElementById('import-counts').replaceChildren(
    countRow('New articles', report.created),
    countRow('Updated articles', report.updated),
    countRow('Unchanged articles', report.unchanged),
    countRow('Archived articles', report.archived));
  const notices = report.notices || [];
  document.getElementById('import-notices').replaceChildren(...notices.map(function (n) { return el('li', { text: n.message }); }));
  document.getElementById('import-notices-block').hidden = notices.length === 0;
  const changed = report.articles.filter(function (a) { return CHANGES[a.outcome]; });
  document.getElementById('import-changes').replaceChildren(...changed.map(function (a) {
    const [text, colour] = CHANGES[a.outcome];
    return el('tr', { class: 'govuk-table__row' }, [
      articleCell(a),
      cell(el('strong', { class: 'govuk-tag ' + colour, text: text })),
      cell(a.outcome === 'UPDATED' ? a.changes.join(', ') : '')
    ]);
  }));
  document.getElementById('import-changes-table').hidden = changed.length === 0;
  const apply = document.getElementById('import-apply');
  apply.textContent = report.mode === 'REPLACE' ? 'Import the file and archive ' + report.archived + ' articles' : 'Import the file';
  preview.hidden = false;
  document.getElementById('import-preview-title').focus();
}

async function send (dryRun) {
  const url = '/api/staff/import?mode=' + pending.mode + (dryRun ? '&dryRun=true' : '');
  return csrfFetch('POST', url, pending.text, pending.contentType);
}

form.addEventListener('submit', async function (event) {
  event.preventDefault();
  clearMessages();
  hidePreview();
  const file = form.elements.file.files[0];
  if (!file) {
    showErrors([{ text: 'Select a JSON or CSV file to import', field: 'import-file' }]);
    return;
  }
  const csv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
  pending = { text: await file.text(), contentType: csv ? 'text/csv' : 'application/json', mode: form.elements.mode.value };
  const result = await send(true);
  if (!result.ok || result.body.problems.length) {
    pending = null;
    showProblems(result);
    return;
  }
  render(result.body);
});

document.getElementById('import-apply').addEventListener('click', async function () {
  if (!pending) return;
  clearMessages();
  const result = await send(false);
  if (!result.ok) {
    hidePreview();
    showProblems(result);
    return;
  }
  const r = result.body;
  hidePreview();
  form.reset();
  showNotice('Imported: ' + r.created + ' new, ' + r.updated + ' updated, ' + r.unchanged + ' unchanged, ' +
    r.archived + ' archived. Residents get answers from them now.');
});

document.getElementById('import-cancel').addEventListener('click', function () {
  hidePreview();
  form.elements.file.focus();
});
form.elements.file.addEventListener('change', hidePreview);
form.addEventListener('change', function (event) { if (event.target.name === 'mode') hidePreview(); });
