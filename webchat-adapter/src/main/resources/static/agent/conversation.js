/*
 * The open conversation: who has it, what the assistant collected, the whole transcript, and the agent's
 * reply box, transfer and end. New messages are appended (never redrawn), so the
 * agent keeps their place and screen readers hear only what is new.
 */
import { get, post, problemText } from './api.js';
import {
  el, announce, showBanner, clearBanner, showFailure, showFieldError, clearFieldError, timeElement
} from './page.js';
import { REASONS } from './queue.js';
import { createArticleSuggestions } from './articles.js';

const $ = (id) => document.getElementById(id);

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function summaryRow(key, value) {
  return el('div', { class: 'govuk-summary-list__row' }, [
    el('dt', { class: 'govuk-summary-list__key', text: key }),
    el('dd', { class: 'govuk-summary-list__value' }, [value])
  ]);
}

/** ctx = {me(): username or null, onChanged(): the queue may have changed}. */
export function createConversation(ctx) {
  let current = null; // {id, handoff, shown: Set of message ids}
  let latestLoad = 0;
  let sending = false;
  const articles = createArticleSuggestions($('agent-reply'));

  function senderLabel(message) {
    switch (message.sender) {
      case 'RESIDENT': return 'Resident';
      case 'ASSISTANT': return 'Assistant';
      case 'SYSTEM': return 'Notice';
      default: return message.agent && message.agent === ctx.me() ? 'You' : 'Adviser ' + (message.agent || '');
    }
  }

  function messageItem(message) {
    const children = [
      el('p', { class: 'agent-message__meta' }, [
        el('span', { class: 'agent-message__sender', text: senderLabel(message) }), ' ', timeElement(message.sentAt)
      ]),
      el('p', { class: 'agent-message__text', text: message.text })
    ];
    if (message.sender === 'RESIDENT' && message.intent) {
      const confidence = typeof message.confidence === 'number'
        ? ', confidence ' + Math.round(message.confidence * 100) + '%' : '';
      children.push(el('p', { class: 'agent-message__intent', text: 'Understood as ' + message.intent + confidence }));
    }
    if (message.sender === 'ASSISTANT' && message.articleId) {
      children.push(el('p', { class: 'agent-message__intent', text: 'From article ' + message.articleId }));
    }
    return el('li', { class: 'agent-message agent-message--' + String(message.sender).toLowerCase() }, children);
  }

  // Only what the agent did not write or see: the resident's words and the council's notices.
  function worthAnnouncing(message) {
    return message.sender === 'RESIDENT' || message.sender === 'SYSTEM';
  }

  function append(messages, announceNew) {
    const list = $('agent-transcript');
    const fresh = messages.filter((m) => !current.shown.has(m.id)).sort((a, b) => a.id - b.id);
    fresh.forEach((m) => {
      current.shown.add(m.id);
      list.append(messageItem(m));
    });
    const box = list.parentElement;
    box.scrollTop = box.scrollHeight;
    const heard = announceNew ? fresh.filter(worthAnnouncing) : [];
    if (heard.length) announce(heard.map((m) => senderLabel(m) + ': ' + m.text).join('. '));
  }

  function statusText(handoff) {
    switch (handoff.status) {
      case 'CONNECTED':
        return handoff.agent === ctx.me() ? 'You’re talking to the resident.' : 'With adviser ' + handoff.agent + '.';
      case 'QUEUED': return 'Waiting in the queue: number ' + handoff.position + '.';
      case 'CANCELLED': return 'The resident stopped waiting.';
      default: return 'This conversation has ended.';
    }
  }

  function showSummary(conversation) {
    const h = conversation.handoff;
    current.handoff = h;
    $('agent-conversation-status').textContent = statusText(h);
    const rows = [
      summaryRow('Reason', REASONS[h.reason] || h.reason),
      summaryRow('Asked for a person', timeElement(h.requestedAt, true))
    ];
    if (h.urgent) rows.push(summaryRow('Urgent', el('strong', { class: 'govuk-tag govuk-tag--red', text: 'Urgent' })));
    (conversation.details || []).forEach((line) => {
      const at = line.indexOf(':');
      rows.push(at > 0 ? summaryRow(capitalise(line.slice(0, at).trim()), line.slice(at + 1).trim())
        : summaryRow('Detail', line));
    });
    $('agent-details').replaceChildren(...rows);
    const mine = h.status === 'CONNECTED' && h.agent === ctx.me();
    // Hiding the focused control would drop focus to the page: keep it on the conversation instead.
    if (!mine && $('agent-actions').contains(document.activeElement)) $('agent-conversation-heading').focus();
    $('agent-actions').hidden = !mine;
  }

  /** Shows a conversation from the API (claim, open): the whole transcript, not announced. */
  function show(conversation, options) {
    const h = conversation.handoff;
    if (!current || current.id !== h.id) {
      current = { id: h.id, handoff: h, shown: new Set() };
      $('agent-transcript').replaceChildren();
      $('agent-reply').value = '';
      [$('agent-reply'), $('agent-transfer-to')].forEach(clearFieldError);
      articles.reset(h.topic);
      $('agent-transfer-to').value = '';
    }
    $('agent-conversation-heading').textContent = 'Conversation: ' + (h.topic || 'no question given');
    $('agent-conversation-empty').hidden = true;
    $('agent-conversation-body').hidden = false;
    showSummary(conversation);
    append(conversation.transcript || [], false);
    if (options && options.focus) $('agent-conversation-heading').focus();
  }

  async function load(id, options) {
    const ticket = ++latestLoad;
    try {
      const r = await get('/api/agent/handoffs/' + encodeURIComponent(id));
      if (ticket !== latestLoad) return; // a newer load has started; its answer wins
      if (r.ok && r.data) {
        const same = current && current.id === r.data.handoff.id;
        if (same && !(options && options.focus)) {
          showSummary(r.data);
          append(r.data.transcript || [], true);
        } else {
          show(r.data, options);
        }
      } else {
        showBanner('error', problemText(r, 'Sorry, the conversation could not be shown. Try again.'));
      }
    } catch (e) {
      showFailure(e);
    }
  }

  async function sendReply() {
    const reply = $('agent-reply');
    const text = reply.value.trim();
    clearFieldError(reply);
    if (!text) {
      showFieldError(reply, 'Type a message');
      reply.focus();
      return;
    }
    if (sending) return;
    sending = true;
    $('agent-send').setAttribute('aria-disabled', 'true');
    try {
      const id = current.id;
      const r = await post('/api/agent/handoffs/' + id + '/messages', { text });
      if (r.status === 201) {
        reply.value = '';
        await load(id);
      } else if (r.status === 400) {
        showFieldError(reply, problemText(r, 'Check your message'));
        reply.focus();
      } else {
        showBanner('error', problemText(r, 'Sorry, your message was not sent. Try again.'));
        await load(id);
      }
    } catch (e) {
      showFailure(e, 'Sorry, your message was not sent. Check your connection and try again.');
    } finally {
      sending = false;
      $('agent-send').removeAttribute('aria-disabled');
    }
  }

  async function transfer() {
    const to = $('agent-transfer-to');
    clearFieldError(to);
    if (!to.value.trim()) {
      showFieldError(to, 'Enter the username of the adviser to transfer to');
      to.focus();
      return;
    }
    try {
      const r = await post('/api/agent/handoffs/' + current.id + '/transfer', { agent: to.value.trim() });
      if (r.ok && r.data) {
        show(r.data);
        showBanner('success', 'Conversation transferred to ' + to.value.trim() + '.');
        $('agent-conversation-heading').focus();
        ctx.onChanged();
      } else {
        showFieldError(to, problemText(r, 'The conversation could not be transferred'));
        to.focus();
      }
    } catch (e) {
      showFailure(e);
    }
  }

  async function end() {
    clearBanner();
    try {
      const r = await post('/api/agent/handoffs/' + current.id + '/end');
      if (r.ok && r.data) {
        show(r.data);
        showBanner('success', 'Conversation ended. The resident is talking to the assistant again.');
        $('agent-conversation-heading').focus();
      } else {
        showBanner('error', problemText(r, 'Sorry, the conversation could not be ended. Try again.'));
      }
      ctx.onChanged();
    } catch (e) {
      showFailure(e);
    }
  }

  $('agent-reply-form').addEventListener('submit', (e) => {
    e.preventDefault();
    sendReply();
  });
  $('agent-reply').addEventListener('keydown', (e) => {
    // Enter sends, Shift+Enter is a new line; leave Enter alone while an IME is composing.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      sendReply();
    }
  });
  $('agent-transfer-form').addEventListener('submit', (e) => {
    e.preventDefault();
    transfer();
  });
  $('agent-end').addEventListener('click', end);

  return {
    currentId: () => (current ? current.id : null),
    topic: () => (current ? current.handoff.topic : null),
    show,
    /** Opens a conversation (focus moves to it) or, for the one already open, fetches what is new. */
    open: (id) => load(id, { focus: true }),
    refresh: () => (current ? load(current.id) : Promise.resolve()),
    /** A message from the live stream, for the open conversation. */
    receive: (message) => { if (current) append([message], true); }
  };
}
