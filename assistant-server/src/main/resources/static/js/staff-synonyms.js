/* The synonym list: saved with the version it was read at; a bad line is named by its number. */
import { staffApi, clearMessages, showNotice, showErrors, problemItems, formatDate } from './staff-console.js';

const form = document.getElementById('synonym-form');
let version = 0;

function show (list) {
  version = list.version;
  form.elements.text.value = list.text;
  document.getElementById('synonym-version').textContent = 'Version ' + list.version + ', saved by ' + list.author + ' on ' + formatDate(list.savedAt) + '.';
}

form.addEventListener('submit', async function (event) {
  event.preventDefault();
  clearMessages();
  const result = await staffApi('PUT', '/api/staff/synonyms', { text: form.elements.text.value, version: version });
  if (!result.ok) {
    const items = result.status === 409 ? [{ text: result.body.detail + ' Reload the page to see it; copy your changes first.', field: 'synonym-text' }]
      : problemItems(result, function () { return 'synonym-text'; }, 'Line');
    showErrors(items);
    return;
  }
  show(result.body);
  showNotice('Synonyms saved as version ' + result.body.version + ': searches use them now');
});

staffApi('GET', '/api/staff/synonyms').then(function (result) {
  if (result.ok) show(result.body);
  else showErrors(problemItems(result));
});
