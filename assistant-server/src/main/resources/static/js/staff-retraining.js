/* Retraining: start it, follow it, compare before and after, and apply (with a warning when it is worse). */
import { staffApi, el, cell, clearMessages, showNotice, showErrors, problemItems } from './staff-console.js';

const STATUS = {
  idle: 'No retraining has run since the assistant started.',
  running: 'Retraining… this takes up to a minute.',
  ready: 'The retrained model is ready. Compare it with the one in use, then apply it or leave it.',
  applied: 'The retrained model is in use.',
  failed: 'Retraining failed; the model in use is unchanged.'
};
let timer = null;

function percent (x) {
  return (Math.round(x * 1000) / 10) + '%';
}

function show (state) {
  document.getElementById('retrain-status').textContent = STATUS[state.status] || state.status;
  document.getElementById('retrain-start').disabled = state.status === 'running';
  const c = state.comparison;
  document.getElementById('retrain-result').hidden = !c;
  if (c) {
    document.getElementById('retrain-rows').replaceChildren(
      el('tr', { class: 'govuk-table__row' }, [cell('Training phrases'), cell(String(c.examplesBefore), { class: 'govuk-table__cell govuk-table__cell--numeric' }), cell(String(c.examplesAfter), { class: 'govuk-table__cell govuk-table__cell--numeric' })]),
      el('tr', { class: 'govuk-table__row' }, [cell('Accuracy on ' + c.heldOut + ' held-out questions'), cell(percent(c.accuracyBefore), { class: 'govuk-table__cell govuk-table__cell--numeric' }), cell(percent(c.accuracyAfter), { class: 'govuk-table__cell govuk-table__cell--numeric' })]),
      el('tr', { class: 'govuk-table__row' }, [cell('Out-of-scope questions recognised'), cell(percent(c.oosRecallBefore), { class: 'govuk-table__cell govuk-table__cell--numeric' }), cell(percent(c.oosRecallAfter), { class: 'govuk-table__cell govuk-table__cell--numeric' })])
    );
  }
  const worse = !!c && c.accuracyAfter < c.accuracyBefore;
  document.getElementById('retrain-worse').hidden = !(state.status === 'ready' && worse);
  document.getElementById('retrain-apply').hidden = !(state.status === 'ready' && !worse);
  document.getElementById('retrain-apply-anyway').hidden = !(state.status === 'ready' && worse);
  clearTimeout(timer);
  if (state.status === 'running') timer = setTimeout(poll, 2000);
}

async function poll () {
  const result = await staffApi('GET', '/api/staff/retraining');
  if (result.ok) show(result.body);
  else showErrors(problemItems(result));
}

document.getElementById('retrain-start').addEventListener('click', async function () {
  clearMessages();
  const result = await staffApi('POST', '/api/staff/retraining');
  if (result.body && result.body.status) show(result.body);
  if (!result.ok && result.status !== 409) showErrors(problemItems(result));
});

async function apply (evenIfWorse) {
  clearMessages();
  const result = await staffApi('POST', '/api/staff/retraining/apply', { evenIfWorse: evenIfWorse });
  if (!result.ok) {
    showErrors(problemItems(result));
    return;
  }
  show(result.body);
  showNotice('The retrained model is in use');
}
document.getElementById('retrain-apply').addEventListener('click', function () { apply(false); });
document.getElementById('retrain-apply-anyway').addEventListener('click', function () { apply(true); });

poll();
