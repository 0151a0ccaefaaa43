/* Try a question: the answer, how it was classified, and what search found — nothing is stored. */
import { staffApi, el, cell, clearMessages, showErrors, problemItems, renderText } from './staff-console.js';

const form = document.getElementById('try-form');

form.addEventListener('submit', async function (event) {
  event.preventDefault();
  clearMessages();
  const q = form.elements.q.value.trim();
  if (!q) {
    showErrors([{ text: 'Enter a question to try', field: 'try-q' }]);
    return;
  }
  const result = await staffApi('GET', '/api/staff/try?q=' + encodeURIComponent(q) + '&language=' + form.elements.language.value);
  if (!result.ok) {
    showErrors(problemItems(result));
    return;
  }
  const t = result.body;
  document.getElementById('try-answer').replaceChildren(renderText(t.answer));
  document.getElementById('try-summary').textContent = (t.outOfScope ? 'Not understood as any intent.' : 'Understood as ' + t.intent + ' (' + Math.round(t.confidence * 100) + '%).')
    + (t.articleId ? ' Answered from article ' + t.articleId + '.' : ' Not answered from an article.');
  const numeric = { class: 'govuk-table__cell govuk-table__cell--numeric' };
  document.getElementById('try-intents').replaceChildren(...t.topIntents.map(function (i) {
    return el('tr', { class: 'govuk-table__row' }, [cell(i.intent), cell(Math.round(i.confidence * 100) + '%', numeric)]);
  }));
  document.getElementById('try-articles').replaceChildren(...t.topArticles.map(function (a) {
    return el('tr', { class: 'govuk-table__row' }, [
      cell(el('a', { class: 'govuk-link', href: '/staff/articles/' + encodeURIComponent(a.id), text: a.title })),
      cell(a.score.toFixed(2), numeric)
    ]);
  }));
  document.getElementById('try-result').hidden = false;
});
