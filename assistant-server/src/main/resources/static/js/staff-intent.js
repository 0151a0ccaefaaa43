/*
 * Adding or changing an intent of staff's own: its name, the phrases residents use in English and Welsh, and what
 * the assistant does (answer from an article, start a task, offer a person). Problems come back from the server in
 * plain words, and are shown the GOV.UK way: in the error summary and beside the field.
 */
import { staffApi, el, clearMessages, showNotice, showErrors, problemItems, lines, formatDate } from './staff-console.js';

const page = document.getElementById('intent-page');
const form = document.getElementById('intent-form');
let intent = null;

/** The input each field of a problem is about. */
const FIELDS = {
  name: 'intent-name',
  englishPhrases: 'intent-english',
  welshPhrases: 'intent-welsh',
  action: 'intent-action-article',
  articleId: 'intent-article',
  task: 'intent-task'
};

function problems (result) {
  const body = result.body || {};
  if (Array.isArray(body.problems) && body.problems.length) {
    return body.problems.map(function (p) { return { text: p.message, field: FIELDS[p.field] || null }; });
  }
  return problemItems(result);
}

function chosenAction () {
  const chosen = form.querySelector('input[name="action"]:checked');
  return chosen ? chosen.value : null;
}

function formValue () {
  const type = chosenAction();
  return {
    name: form.elements.name.value.trim(),
    englishPhrases: lines(form.elements.englishPhrases.value),
    welshPhrases: lines(form.elements.welshPhrases.value),
    action: type === null ? null : {
      type: type,
      articleId: type === 'ARTICLE' ? form.elements.articleId.value : null,
      task: type === 'TASK' ? form.elements.task.value : null
    }
  };
}

/*
 * The chosen action's own question (which article, which task) shows beneath it, as GOV.UK's conditionally
 * revealed questions do; done here rather than by GOV.UK Frontend's radios, which mark each radio aria-expanded,
 * an attribute a radio may not have.
 */
function showChosenQuestion () {
  form.querySelectorAll('input[name="action"]').forEach(function (radio) {
    const question = radio.getAttribute('aria-controls');
    if (question) document.getElementById(question).classList.toggle('govuk-radios__conditional--hidden', !radio.checked);
  });
}
form.querySelectorAll('input[name="action"]').forEach(function (radio) {
  radio.addEventListener('change', showChosenQuestion);
});

function choose (type) {
  const radio = form.querySelector('input[name="action"][value="' + type + '"]');
  if (radio) radio.checked = true;
  showChosenQuestion();
}

function fill (saved) {
  intent = saved;
  form.elements.name.value = saved.name;
  form.elements.name.readOnly = true;
  form.elements.englishPhrases.value = saved.englishPhrases.join('\n');
  form.elements.welshPhrases.value = saved.welshPhrases.join('\n');
  choose(saved.action.type);
  form.elements.articleId.value = saved.action.articleId || '';
  form.elements.task.value = saved.action.task || '';
  document.getElementById('intent-caption').textContent = 'Intent added by staff';
  document.getElementById('intent-heading').textContent = saved.name;
  document.title = saved.name + ' – Council assistant staff';
  document.getElementById('intent-audit').textContent = 'Added by ' + saved.createdBy + ' on ' + formatDate(saved.createdAt)
    + '. Last changed by ' + saved.updatedBy + ' on ' + formatDate(saved.updatedAt) + '.';
  document.getElementById('intent-audit').hidden = false;
  document.getElementById('intent-delete').hidden = false;
}

form.addEventListener('submit', async function (event) {
  event.preventDefault();
  clearMessages();
  const body = formValue();
  const result = intent
    ? await staffApi('PUT', '/api/staff/intents/' + encodeURIComponent(intent.name), body)
    : await staffApi('POST', '/api/staff/intents', body);
  if (!result.ok) {
    showErrors(problems(result));
    return;
  }
  const created = !intent;
  fill(result.body);
  if (created) window.history.replaceState(null, '', '/staff/intents/' + encodeURIComponent(intent.name));
  document.getElementById('intent-retrain').hidden = false;
  showNotice(created ? 'Intent added' : 'Intent saved');
});

document.getElementById('intent-delete').addEventListener('click', function () {
  document.getElementById('intent-delete-confirm').hidden = false;
  document.getElementById('intent-delete-yes').focus();
});
document.getElementById('intent-delete-no').addEventListener('click', function () {
  document.getElementById('intent-delete-confirm').hidden = true;
  document.getElementById('intent-delete').focus();
});
document.getElementById('intent-delete-yes').addEventListener('click', async function () {
  clearMessages();
  const result = await staffApi('DELETE', '/api/staff/intents/' + encodeURIComponent(intent.name));
  if (!result.ok) {
    showErrors(problems(result));
    return;
  }
  window.location.assign('/staff/intents?deleted=' + encodeURIComponent(intent.name));
});

async function start () {
  const [articles, tasks] = await Promise.all([staffApi('GET', '/api/staff/articles'), staffApi('GET', '/api/staff/tasks')]);
  if (articles.ok) {
    const chooser = form.elements.articleId;
    articles.body
      .filter(function (a) { return a.status !== 'ARCHIVED' && a.language === 'en'; })
      .forEach(function (a) {
        chooser.append(el('option', { value: a.id, text: a.title + (a.status === 'PUBLISHED' ? '' : ' (not published)') }));
      });
  }
  if (tasks.ok) {
    tasks.body.forEach(function (t) {
      form.elements.task.append(el('option', { value: t.id, text: t.description ? t.description + ' (' + t.id + ')' : t.id }));
    });
  }
  const name = page.dataset.intentName;
  if (name) {
    const result = await staffApi('GET', '/api/staff/intents/' + encodeURIComponent(name));
    if (result.ok) fill(result.body);
    else showErrors(problems(result));
  }
  page.dataset.ready = 'true';
}

start();
