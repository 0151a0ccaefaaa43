/* Import of a JSON or CSV file: all or nothing, with every bad row listed. */
import { clearMessages, showNotice, showErrors, problemItems, csrfFetch } from './staff-console.js';

const form = document.getElementById('import-form');

form.addEventListener('submit', async function (event) {
  event.preventDefault();
  clearMessages();
  const file = form.elements.file.files[0];
  if (!file) {
    showErrors([{ text: 'Choose a JSON or CSV file to import', field: 'import-file' }]);
    return;
  }
  const csv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
  const result = await csrfFetch('POST', '/api/staff/import', await file.text(), csv ? 'text/csv' : 'application/json');
  if (!result.ok) {
    showErrors(problemItems(result, function () { return null; }));
    return;
  }
  const r = result.body;
  showNotice('Imported: ' + r.created + ' new, ' + r.updated + ' changed, ' + r.unchanged + ' unchanged');
});
