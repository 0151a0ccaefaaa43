/*
 * The article editor: save (a new article is created as a draft), publish, archive, return to draft, with the
 * version the editor started from so that nobody's save is silently lost; a live preview of the chat and
 * spoken answers.
 */
import { staffApi, el, clearMessages, showNotice, showErrors, problemItems, renderText, statusTag, lines } from './staff-console.js';

const page = document.getElementById('article-page');
const form = document.getElementById('article-form');
const buttons = {
  save: document.getElementById('article-save'),
  publish: document.getElementById('article-publish'),
  toDraft: document.getElementById('article-to-draft'),
  archive: document.getElementById('article-archive')
};
let article = null;

const FIELDS = ['title', 'spokenAnswer', 'answer', 'serviceArea', 'alternateQuestions', 'keywords', 'links'];

function fieldOf (problemField) {
  const base = problemField.replace(/[[.].*$/, '');
  return FIELDS.includes(base) ? 'article-' + base
    : base === 'intents' ? (document.querySelector('#article-intents input') || {}).id || null : null;
}

function formValue () {
  return {
    id: article ? article.id : null,
    version: article ? article.version : null,
    title: form.elements.title.value.trim(),
    spokenAnswer: form.elements.spokenAnswer.value.trim(),
    answer: form.elements.answer.value.trim(),
    serviceArea: form.elements.serviceArea.value.trim(),
    intents: Array.from(form.querySelectorAll('input[name="intents"]:checked')).map(function (box) { return box.value; }),
    alternateQuestions: lines(form.elements.alternateQuestions.value),
    keywords: lines(form.elements.keywords.value),
    links: lines(form.elements.links.value).map(function (line) {
      const bar = line.lastIndexOf('|');
      return bar < 0 ? { label: line, url: '' } : { label: line.substring(0, bar).trim(), url: line.substring(bar + 1).trim() };
    })
  };
}

function fill (saved) {
  article = saved;
  form.elements.title.value = saved.title || '';
  form.elements.spokenAnswer.value = saved.spokenAnswer || '';
  form.elements.answer.value = saved.answer || '';
  form.elements.serviceArea.value = saved.serviceArea || '';
  form.querySelectorAll('input[name="intents"]').forEach(function (box) { box.checked = saved.intents.includes(box.value); });
  form.elements.alternateQuestions.value = saved.alternateQuestions.join('\n');
  form.elements.keywords.value = saved.keywords.join('\n');
  form.elements.links.value = saved.links.map(function (l) { return l.label + '|' + l.url; }).join('\n');
  showState();
  preview();
}

function showState () {
  const known = article !== null;
  document.getElementById('article-caption').textContent = known ? article.id : 'New article';
  document.getElementById('article-heading').textContent = known ? article.title : 'Add an article';
  document.getElementById('article-state').hidden = !known;
  document.getElementById('article-history-link').hidden = !known;
  if (!known) return;
  document.title = article.title + ' – Council assistant staff';
  document.getElementById('article-status').replaceChildren(statusTag(article.status));
  document.getElementById('article-version').textContent = '(version ' + article.version + ')';
  document.getElementById('article-history').href = '/staff/articles/' + encodeURIComponent(article.id) + '/history';
  buttons.save.textContent = article.status === 'DRAFT' ? 'Save draft' : 'Save changes';
  buttons.publish.hidden = article.status === 'PUBLISHED';
  buttons.toDraft.hidden = article.status === 'DRAFT';
  buttons.archive.hidden = article.status === 'ARCHIVED';
}

function changed () {
  if (!article) return true;
  const now = formValue();
  const then = {
    title: article.title, spokenAnswer: article.spokenAnswer, answer: article.answer, serviceArea: article.serviceArea,
    intents: article.intents, alternateQuestions: article.alternateQuestions, keywords: article.keywords, links: article.links
  };
  return Object.keys(then).some(function (key) { return JSON.stringify(now[key]) !== JSON.stringify(then[key]); });
}

function showFailure (result) {
  if (result.status === 409 && result.body && result.body.currentVersion) {
    const who = result.body.currentAuthor || 'Someone';
    const href = '/staff/articles/' + encodeURIComponent(article.id) + '/history?from=' + article.version + '&to=' + result.body.currentVersion;
    showErrors([{ text: who + ' saved a newer version — review their changes (version ' + result.body.currentVersion + '). Your changes are still in the form.', field: null }]);
    document.getElementById('staff-error-list').append(el('li', {}, [el('a', { href: href, text: 'Compare your version ' + article.version + ' with version ' + result.body.currentVersion })]));
    return;
  }
  showErrors(problemItems(result, fieldOf));
}

/** Saves the form if it changed; returns false if that failed. */
async function save () {
  if (!changed()) return true;
  const body = formValue();
  const result = article
    ? await staffApi('PUT', '/api/staff/articles/' + encodeURIComponent(article.id), body)
    : await staffApi('POST', '/api/staff/articles', body);
  if (!result.ok) {
    showFailure(result);
    return false;
  }
  const created = !article;
  fill(result.body);
  if (created) window.history.replaceState(null, '', '/staff/articles/' + encodeURIComponent(article.id));
  return true;
}

async function move (action, done) {
  clearMessages();
  if (!(await save())) return;
  const result = await staffApi('POST', '/api/staff/articles/' + encodeURIComponent(article.id) + '/' + action, { version: article.version });
  if (!result.ok) {
    showFailure(result);
    return;
  }
  fill(result.body);
  showNotice(done);
}

form.addEventListener('submit', async function (event) {
  event.preventDefault();
  clearMessages();
  const wasNew = !article;
  if (await save()) showNotice(wasNew ? 'Draft saved' : 'Saved as version ' + article.version);
});
buttons.publish.addEventListener('click', function () { move('publish', 'Published: residents get this answer now'); });
buttons.archive.addEventListener('click', function () { move('archive', 'Archived: residents no longer get this answer'); });
buttons.toDraft.addEventListener('click', function () { move('draft', 'Returned to draft: residents no longer get this answer'); });

let previewTimer = null;
async function preview () {
  const result = await staffApi('POST', '/api/staff/articles/preview', formValue());
  if (!result.ok) return;
  const chat = document.getElementById('preview-chat');
  chat.replaceChildren(renderText(result.body.text));
  if (result.body.links.length) {
    chat.append(el('ul', { class: 'govuk-list' }, result.body.links.map(function (l) {
      return el('li', {}, [el('a', { class: 'govuk-link', href: l.url, text: l.label })]);
    })));
  }
  if (!result.body.text) chat.append(el('p', { class: 'govuk-body govuk-hint', text: 'The answer appears here as you type.' }));
  document.getElementById('preview-spoken').replaceChildren(el('p', { class: 'govuk-body', text: result.body.spoken || 'The spoken answer appears here as you type.' }));
}
form.addEventListener('input', function () {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(preview, 300);
});

async function start () {
  const [intents, areas] = await Promise.all([staffApi('GET', '/api/staff/intents'), staffApi('GET', '/api/staff/service-areas')]);
  if (intents.ok) {
    // Articles are tagged with bundled intents; one staff added answers from the article they chose.
    document.getElementById('article-intents').replaceChildren(...intents.body.filter(function (intent) { return intent.source === 'BUNDLED'; }).map(function (intent, i) {
      const id = 'article-intents-' + (i + 1);
      return el('div', { class: 'govuk-checkboxes__item' }, [
        el('input', { class: 'govuk-checkboxes__input', id: id, name: 'intents', type: 'checkbox', value: intent.id }),
        el('label', { class: 'govuk-label govuk-checkboxes__label', for: id, text: intent.id + (intent.description ? ' – ' + intent.description : '') })
      ]);
    }));
  }
  if (areas.ok) {
    document.getElementById('service-areas').replaceChildren(...areas.body.map(function (a) { return el('option', { value: a }); }));
  }
  const id = page.dataset.articleId;
  if (id) {
    const result = await staffApi('GET', '/api/staff/articles/' + encodeURIComponent(id));
    if (result.ok) fill(result.body);
    else showErrors(problemItems(result));
  } else {
    showState();
    preview();
  }
}

start();
