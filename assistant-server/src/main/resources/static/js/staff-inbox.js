/*
 * The inbox: questions the assistant did not answer well. Each can become an alternate question of an article
 * (live at once if the article is published), a training phrase for an intent, a new draft article, or be dismissed.
 */
import { staffApi, el, clearMessages, showNotice, showErrors, problemItems, formatDate } from './staff-console.js';

const REASONS = { OUT_OF_SCOPE: 'Not understood', LOW_CONFIDENCE: 'Unsure', THUMBS_DOWN: 'Rated not helpful', HANDED_OFF: 'Went to a person' };
let articles = [];
let intents = [];

function select (id, label, items) {
  return el('div', { class: 'govuk-form-group' }, [
    el('label', { class: 'govuk-label', for: id, text: label }),
    el('select', { class: 'govuk-select', id: id }, items.map(function ([value, text]) { return el('option', { value: value, text: text }); }))
  ]);
}

function action (text, secondary, onClick) {
  const b = el('button', { type: 'button', class: 'govuk-button govuk-!-margin-bottom-0 ' + (secondary ? 'govuk-button--secondary' : ''), text: text });
  b.addEventListener('click', onClick);
  return b;
}

async function act (path, body, done) {
  clearMessages();
  const result = await staffApi('POST', path, body);
  if (!result.ok) {
    showErrors(problemItems(result));
    return null;
  }
  await load();
  showNotice(done(result.body));
  return result.body;
}

function item (question) {
  const n = question.id;
  const heading = el('h2', { class: 'govuk-heading-m', id: 'inbox-' + n + '-question', text: '“' + question.example + '”' });
  const asked = question.asked === 1 ? 'Asked once' : 'Asked ' + question.asked + ' times';
  const why = Array.from(question.reasons).map(function (r) { return REASONS[r] || r; }).join(', ');
  const guess = question.bestIntent ? ' Best guess: ' + question.bestIntent
    + (question.bestConfidence !== null ? ' (' + Math.round(question.bestConfidence * 100) + '%)' : '') + '.' : '';
  const articleId = 'inbox-' + n + '-article';
  const intentId = 'inbox-' + n + '-intent';
  return el('section', { class: 'govuk-!-margin-bottom-8', 'aria-labelledby': heading.id }, [
    heading,
    el('p', { class: 'govuk-body' }, [
      el('strong', { class: 'govuk-tag govuk-tag--blue', text: asked }), ' ',
      why + '. Last asked ' + formatDate(question.lastAskedAt) + '.' + guess
    ]),
    el('div', { class: 'staff-inbox-actions govuk-!-margin-bottom-4' }, [
      select(articleId, 'Article that answers it', articles.map(function (a) { return [a.id, a.title + (a.status === 'PUBLISHED' ? '' : ' (' + a.status.toLowerCase() + ')')]; })),
      action('Add as alternate question', false, function () {
        const chosen = document.getElementById(articleId).value;
        act('/api/staff/inbox/' + n + '/alternate-question', { articleId: chosen }, function (a) {
          return 'Added to “' + a.title + '”' + (a.status === 'PUBLISHED' ? ': residents get this answer now' : '');
        });
      })
    ]),
    el('div', { class: 'staff-inbox-actions govuk-!-margin-bottom-4' }, [
      select(intentId, 'Intent it means', intents.map(function (i) { return [i.id, i.id]; })),
      action('Add as training phrase', true, function () {
        act('/api/staff/inbox/' + n + '/training-phrase', { intent: document.getElementById(intentId).value }, function () {
          return 'Training phrase added: the assistant learns it when you next retrain';
        });
      })
    ]),
    el('div', { class: 'govuk-button-group' }, [
      action('Create an article', true, async function () {
        const created = await act('/api/staff/inbox/' + n + '/article', undefined, function (a) { return 'Draft article “' + a.title + '” created'; });
        if (created) window.location.assign('/staff/articles/' + encodeURIComponent(created.id));
      }),
      action('Dismiss', true, function () {
        act('/api/staff/inbox/' + n + '/dismiss', undefined, function () { return 'Dismissed'; });
      })
    ])
  ]);
}

async function load () {
  const result = await staffApi('GET', '/api/staff/inbox');
  if (!result.ok) {
    showErrors(problemItems(result));
    return;
  }
  const count = result.body.length;
  document.getElementById('inbox-count').textContent = count === 0 ? 'The inbox is empty.'
    : count === 1 ? '1 question to look at.' : count + ' questions to look at.';
  document.getElementById('inbox-items').replaceChildren(...result.body.map(item));
  if (intents.length) {
    result.body.forEach(function (q) {
      if (q.bestIntent && intents.some(function (i) { return i.id === q.bestIntent; })) document.getElementById('inbox-' + q.id + '-intent').value = q.bestIntent;
    });
  }
}

async function start () {
  const [a, i] = await Promise.all([staffApi('GET', '/api/staff/articles'), staffApi('GET', '/api/staff/intents')]);
  if (a.ok) articles = a.body.filter(function (x) { return x.status !== 'ARCHIVED'; });
  if (i.ok) intents = i.body.filter(function (x) { return x.kind === 'INFORMATIONAL' || x.kind === 'TASK'; });
  await load();
}

start();
