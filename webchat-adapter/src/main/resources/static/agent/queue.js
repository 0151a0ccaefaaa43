/*
 * The left-hand column: residents waiting (urgent first, as the server orders them) and the agent's own
 * conversations. Redrawn whole on every change, keeping keyboard focus on the same button.
 */
import { el, hiddenText, waited } from './page.js';

export const REASONS = {
  ASKED: 'Asked for a person',
  NOT_UNDERSTOOD: 'The assistant could not help',
  FRUSTRATED: 'Frustrated with the assistant',
  SENSITIVE: 'Sensitive topic'
};

const TICK_MS = 15000;

function topicOf(item) {
  return item.topic || 'No question given';
}

function waitTime(item) {
  return el('span', { class: 'agent-wait', 'data-since': item.requestedAt, text: 'Waiting ' + waited(item.requestedAt) });
}

function waitingCard(item, view) {
  const claim = el('button', {
    type: 'button', class: 'govuk-button govuk-!-margin-bottom-0 agent-claim',
    'data-focus-key': 'claim-' + item.id, 'data-handoff-id': item.id
  }, ['Claim', hiddenText(' conversation number ' + item.position)]);
  claim.addEventListener('click', () => view.onClaim(item.id));
  return el('li', { class: 'agent-card' + (item.urgent ? ' agent-card--urgent' : ''), 'data-handoff-id': item.id }, [
    el('h3', { class: 'govuk-heading-s agent-card__title' }, [
      'Number ' + item.position,
      item.urgent ? ' ' : null,
      item.urgent ? el('strong', { class: 'govuk-tag govuk-tag--red', text: 'Urgent' }) : null
    ]),
    el('p', { class: 'govuk-body agent-card__topic', text: topicOf(item) }),
    el('ul', { class: 'govuk-list govuk-body-s agent-card__facts' }, [
      el('li', { text: REASONS[item.reason] || item.reason }),
      el('li', {}, [waitTime(item)])
    ]),
    claim
  ]);
}

function mineCard(item, view) {
  const current = item.id === view.openId;
  const open = el('button', {
    type: 'button', class: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0 agent-open',
    'data-focus-key': 'open-' + item.id, 'data-handoff-id': item.id, 'aria-current': current ? 'true' : null
  }, ['Open', hiddenText(' conversation: ' + topicOf(item))]);
  open.addEventListener('click', () => view.onOpen(item.id));
  return el('li', { class: 'agent-card' + (current ? ' agent-card--current' : ''), 'data-handoff-id': item.id }, [
    el('h3', { class: 'govuk-heading-s agent-card__title' }, [
      topicOf(item),
      item.urgent ? ' ' : null,
      item.urgent ? el('strong', { class: 'govuk-tag govuk-tag--red', text: 'Urgent' }) : null
    ]),
    el('p', { class: 'govuk-body-s agent-card__facts' }, [
      current ? el('strong', { class: 'govuk-tag', text: 'Showing' }) : null,
      view.unread.has(item.id) ? el('strong', { class: 'govuk-tag govuk-tag--yellow', text: 'New message' }) : null
    ]),
    open
  ]);
}

function count(n) {
  return n ? '(' + n + ')' : '';
}

/** Draws both lists; view = {openId, unread: Set of handoff ids, onClaim(id), onOpen(id)}. */
export function renderQueue(queue, view) {
  const focused = document.activeElement && document.activeElement.dataset
    ? document.activeElement.dataset.focusKey : null;

  document.getElementById('agent-waiting').replaceChildren(...queue.waiting.map((item) => waitingCard(item, view)));
  document.getElementById('agent-waiting-empty').hidden = queue.waiting.length > 0;
  document.getElementById('agent-waiting-count').textContent = count(queue.waiting.length);
  document.getElementById('agent-waiting-tab-count').textContent = count(queue.waiting.length);
  document.getElementById('agent-mine').replaceChildren(...queue.mine.map((item) => mineCard(item, view)));
  document.getElementById('agent-mine-empty').hidden = queue.mine.length > 0;

  if (focused) {
    const again = document.querySelector('[data-focus-key="' + focused + '"]');
    // The button went with its conversation (someone claimed it): stay nearby rather than lose focus.
    const heading = focused.startsWith('claim-') ? 'agent-waiting-heading' : 'agent-mine-heading';
    (again || document.getElementById(heading)).focus();
  }
}

/** Keeps the waiting times current. */
export function startWaitTicker() {
  setInterval(() => {
    const now = Date.now();
    document.querySelectorAll('.agent-wait').forEach((span) => {
      const text = 'Waiting ' + waited(span.dataset.since, now);
      if (span.textContent !== text) span.textContent = text;
    });
  }, TICK_MS);
}
