/* The article list: search and filters, status, residents' ratings. */
import { staffApi, el, cell, statusTag, formatDate, clearMessages, showErrors, problemItems, options } from './staff-console.js';

const form = document.getElementById('filter-form');

async function loadPickLists () {
  const [areas, intents] = await Promise.all([staffApi('GET', '/api/staff/service-areas'), staffApi('GET', '/api/staff/intents')]);
  if (areas.ok) options(form.elements.serviceArea, [['', 'All']].concat(areas.body.map(function (a) { return [a, a]; })));
  if (intents.ok) options(form.elements.intent, [['', 'All']].concat(intents.body.filter(function (i) { return i.source === 'BUNDLED'; }).map(function (i) { return [i.id, i.id]; })));
}

async function load () {
  clearMessages();
  const query = new URLSearchParams();
  ['q', 'serviceArea', 'status', 'intent'].forEach(function (name) {
    if (form.elements[name].value) query.set(name, form.elements[name].value);
  });
  const result = await staffApi('GET', '/api/staff/articles?' + query);
  if (!result.ok) {
    showErrors(problemItems(result));
    return;
  }
  document.getElementById('article-count').textContent = result.body.length === 1 ? '1 article' : result.body.length + ' articles';
  document.getElementById('article-rows').replaceChildren(...result.body.map(function (article) {
    const rated = article.helpful + article.notHelpful === 0 ? 'Not rated yet'
      : article.helpful + ' helpful, ' + article.notHelpful + ' not helpful';
    return el('tr', { class: 'govuk-table__row' }, [
      cell(el('a', { class: 'govuk-link', href: '/staff/articles/' + encodeURIComponent(article.id), text: article.title,
        lang: article.language })),
      cell(statusTag(article.status)),
      cell((article.language === 'cy' ? 'Welsh' : 'English')
        + (article.translationMissing ? (article.language === 'cy' ? ' (no English version)' : ' (no Welsh version)') : '')),
      cell(article.serviceArea),
      cell(rated),
      cell(formatDate(article.updatedAt) + (article.author ? ' by ' + article.author : ''))
    ]);
  }));
}

form.addEventListener('submit', function (event) {
  event.preventDefault();
  load();
});

loadPickLists().then(load);
