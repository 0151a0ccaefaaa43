/*
 * Brackenfield Borough Council assistant: embeddable web chat widget.
 * Embed: <script src="https://assistant.example/widget/council-assistant.js" defer></script>
 * Renders inside #council-assistant if the page has one, else as a floating launcher + panel.
 * When the assistant hands over to a person it shows the place in the queue and the adviser's messages (live,
 * from the session's event stream); when the contact centre is closed, a form to ask for a callback.
 * Plain ES2017 with no dependencies or build step, so any council site can embed it.
 * Server text is only ever inserted with textContent/createElement, never as HTML.
 */
(function () {
  'use strict';

  // All resident-facing wording, kept together so a Welsh set can sit beside it later.
  var MESSAGES = {
    launcher: 'Ask Brackenfield',
    title: 'Brackenfield Council assistant',
    close: 'Close',
    greeting: "Hello, I'm the Brackenfield Council assistant. Ask me about bins, council tax, " +
      'parking, housing and other council services.',
    starters: ['When is my bin day?', 'Pay council tax', 'Report a missed bin', 'Talk to a person'],
    logLabel: 'Conversation',
    youSaid: 'You said:',
    assistantSaid: 'Assistant said:',
    notice: 'Notice:',
    suggestions: 'Suggested questions',
    inputLabel: 'Type your question',
    send: 'Send',
    typing: 'Assistant is typing…',
    networkError: 'Sorry, something went wrong. Please try again.',
    notSent: '(not sent)',
    handoff: 'To speak to a person, call our contact centre on {phone}.',
    phone: '01632 960 100',
    phoneHref: 'tel:+441632960100',
    charactersLeft: function (n) {
      return 'You have ' + n + (n === 1 ? ' character' : ' characters') + ' remaining';
    },
    // Talking to a person
    adviser: 'Adviser',
    adviserSaid: 'Adviser said:',
    waiting: function (n) {
      return n ? 'Waiting for an adviser \u2014 you are number ' + n : 'Waiting for an adviser';
    },
    connected: 'You\u2019re talking to an adviser',
    stopWaiting: 'Stop waiting',
    stopFailed: 'Sorry, we could not take you out of the queue. Please try again.',
    // Callback request, when the contact centre is closed
    callbackTitle: 'Ask us to contact you',
    callbackIntro: 'Leave your details and we\u2019ll contact you when the contact centre opens.',
    callbackName: 'Your name',
    callbackContact: 'How can we contact you?',
    callbackContactHint: 'Give a phone number, an email address, or both.',
    callbackPhone: 'Phone number',
    callbackEmail: 'Email address',
    callbackTopic: 'What do you need help with?',
    callbackConsent: 'You can contact me about this. We\u2019ll keep these details for 30 days.',
    callbackSend: 'Send request',
    callbackDismiss: 'No thanks',
    errorTitle: 'There is a problem',
    errorPrefix: 'Error:',
    callbackSentTitle: 'Request sent',
    callbackSent: 'Thank you. We\u2019ll contact you when the contact centre opens.'
  };

  var MAX_LENGTH = 1000;
  var COUNT_FROM = 800; // only show the character count once it starts to matter

  if (window.CouncilAssistant) return; // embedded twice: keep the first instance

  // currentScript only exists while this file first executes, so capture it now.
  // Everything else (API, stylesheet) is resolved against it so the widget works cross-origin.
  var self = document.currentScript || document.querySelector('script[src*="council-assistant.js"]');
  var scriptUrl = (self && self.src) || new URL('/widget/council-assistant.js', window.location.href).href;
  var API = new URL('../api/chat/sessions', scriptUrl).href;
  var CSS = new URL('council-assistant.css', scriptUrl).href;

  var ui = {};
  var sessionPromise = null;
  var sessionId = null;
  var busy = false;
  var countTimer = null;
  // Talking to a person: the status from the server, its event stream, and the live messages already shown
  // (a reconnecting stream may send some again).
  var handoff = { status: null, position: null, stream: null, shown: {} };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === 'text') node.textContent = attrs[name];
      else node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) { if (child) node.append(child); });
    return node;
  }

  // ---- Rendering -----------------------------------------------------------

  // Paragraphs are separated by blank lines; lines starting "- " become a bulleted list.
  function renderText(text) {
    var frag = document.createDocumentFragment();
    String(text || '').replace(/\r\n?/g, '\n').split(/\n\s*\n/).forEach(function (block) {
      var list = null;
      var para = null;
      block.split('\n').forEach(function (line) {
        if (/^\s*- /.test(line)) {
          para = null;
          if (!list) frag.append(list = el('ul', { class: 'ca-bullets' }));
          list.append(el('li', { text: line.replace(/^\s*- /, '') }));
        } else if (line.trim()) {
          list = null;
          if (para) para.append(el('br'));
          else frag.append(para = el('p', { class: 'ca-paragraph' }));
          para.append(line.trim());
        }
      });
    });
    return frag;
  }

  // Only web, phone and email links: a javascript: URL from a compromised answer must not run.
  function safeUrl(url) {
    try {
      var parsed = new URL(url, window.location.href);
      return ['https:', 'http:', 'tel:', 'mailto:'].indexOf(parsed.protocol) >= 0 ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function addMessage(kind, prefix) {
    var item = el('div', { class: 'ca-message ca-message--' + kind }, [
      el('span', { class: 'ca-visually-hidden', text: prefix + ' ' })
    ]);
    ui.log.append(item);
    return item;
  }

  function addBotReply(reply) {
    var item = addMessage('bot', MESSAGES.assistantSaid);
    item.append(renderText(reply.text));
    var links = (reply.links || []).filter(function (l) { return l && l.label && safeUrl(l.url); });
    if (links.length) {
      item.append(el('ul', { class: 'ca-links' }, links.map(function (l) {
        return el('li', {}, [el('a', { class: 'ca-link', href: safeUrl(l.url), text: l.label })]);
      })));
    }
    return item;
  }

  function addHandoff(item) {
    var parts = MESSAGES.handoff.split('{phone}');
    item.append(el('p', { class: 'ca-paragraph ca-handoff' }, [
      parts[0], el('a', { class: 'ca-link', href: MESSAGES.phoneHref, text: MESSAGES.phone }), parts[1]
    ]));
  }

  function addSystem(text) {
    addMessage('system', MESSAGES.notice).append(el('p', { class: 'ca-paragraph', text: text }));
  }

  // What the council says about the chat itself ("Amy has joined"), set apart from the conversation.
  function addNotice(text) {
    var item = addMessage('notice', MESSAGES.notice);
    item.append(el('p', { class: 'ca-paragraph', text: text }));
    return item;
  }

  function addAdviserMessage(text) {
    var item = addMessage('agent', MESSAGES.adviserSaid);
    item.append(el('p', { class: 'ca-sender', 'aria-hidden': 'true', text: MESSAGES.adviser }));
    item.append(renderText(text));
    return item;
  }

  // Chips belong to the latest reply only, so older ones are removed before anything new appears.
  function showSuggestions(texts) {
    clearSuggestions();
    var list = (texts || []).filter(function (t) { return typeof t === 'string' && t.trim(); });
    if (!list.length) return;
    ui.log.append(el('div', { class: 'ca-suggestions', role: 'group', 'aria-label': MESSAGES.suggestions },
      list.map(function (text) {
        var chip = el('button', { type: 'button', class: 'ca-suggestion', text: text });
        chip.addEventListener('click', function () {
          // The chip is removed as soon as the message is sent; keep focus somewhere useful.
          ui.input.focus();
          send(text);
        });
        return chip;
      })));
  }

  function clearSuggestions() {
    ui.log.querySelectorAll('.ca-suggestions').forEach(function (n) { n.remove(); });
  }

  // Scroll so the resident's question and the start of the answer are both in view.
  function scrollTo(item) {
    ui.log.scrollTop = item ? Math.max(0, item.offsetTop - 8) : ui.log.scrollHeight;
  }

  function setBusy(on) {
    busy = on;
    // aria-disabled rather than disabled, so a focused Send button keeps focus while waiting.
    ui.send.setAttribute('aria-disabled', String(on));
    // While a person has the conversation the assistant is not the one about to answer.
    var typing = on && !handoff.status;
    ui.status.textContent = typing ? MESSAGES.typing : '';
    ui.root.classList.toggle('ca-root--busy', typing);
  }

  function updateCount() {
    var left = MAX_LENGTH - ui.input.value.length;
    var text = ui.input.value.length >= COUNT_FROM ? MESSAGES.charactersLeft(left) : '';
    ui.count.textContent = text;
    ui.count.hidden = !text;
    // Screen readers get the count once typing pauses, not on every keystroke.
    clearTimeout(countTimer);
    countTimer = setTimeout(function () { ui.countLive.textContent = text; }, 1000);
  }

  // ---- API -----------------------------------------------------------------

  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
      body: JSON.stringify(body || {}),
      credentials: 'omit' // the session id travels in the URL; no cookies needed cross-origin
    }).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (data) {
        return { status: res.status, ok: res.ok, data: data };
      });
    });
  }

  // One shared promise so a quick open() followed by send() creates only one session.
  function ensureSession() {
    if (!sessionPromise) {
      sessionPromise = post(API, {}).then(function (r) {
        if (!r.ok || !r.data || !r.data.sessionId) throw new Error('Could not start a chat session');
        sessionId = r.data.sessionId;
        return sessionId;
      });
      sessionPromise.catch(function () { sessionPromise = null; }); // allow a retry next time
    }
    return sessionPromise;
  }

  function postMessage(text) {
    return ensureSession().then(function (id) {
      return post(API + '/' + encodeURIComponent(id) + '/messages', { text: text });
    });
  }

  async function send(rawText) {
    var text = String(rawText == null ? '' : rawText).trim();
    if (!text || busy || !ui.log) return false;
    showPanel();
    setBusy(true);
    clearSuggestions();
    var mine = addMessage('user', MESSAGES.youSaid);
    mine.append(text);
    scrollTo();
    var problem = MESSAGES.networkError;
    try {
      var r = await postMessage(text);
      if (r.status === 404) { // session expired or server restarted: start again, once
        sessionPromise = null;
        endHandoff();
        r = await postMessage(text);
      }
      if (r.ok && r.data) {
        var reply = null;
        (r.data.replies || []).forEach(function (rep) { reply = addBotReply(rep); });
        if (r.data.offerHandoff) addHandoff(reply || addMessage('bot', MESSAGES.assistantSaid));
        showSuggestions(r.data.suggestions);
        scrollTo(mine);
        if (r.data.handoff) applyHandoff(r.data.handoff);
        return true;
      }
      if (r.status === 400 && r.data) problem = r.data.detail || r.data.title || problem;
    } catch (e) {
      // fetch rejects only on network failure; fall through to the generic message.
    } finally {
      setBusy(false);
    }
    // Nothing typed should be lost: mark the message and put the text back for another try.
    mine.classList.add('ca-message--failed');
    mine.append(el('span', { class: 'ca-failed-note', text: ' ' + MESSAGES.notSent }));
    if (!ui.input.value.trim()) { ui.input.value = text; updateCount(); }
    addSystem(problem);
    scrollTo();
    return false;
  }

  // ---- Talking to a person -------------------------------------------------

  function sessionUrl(path) {
    return API + '/' + encodeURIComponent(sessionId) + path;
  }

  function parse(data) {
    try {
      return JSON.parse(data);
    } catch (e) {
      return null;
    }
  }

  // The status arrives with a chat response and then on the event stream; both come through here.
  function applyHandoff(view) {
    if (!view || !view.status) return;
    if (view.status === 'callback') {
      showCallbackForm();
    } else if (view.status === 'queued' || view.status === 'connected') {
      showHandoffStatus(view.status, view.position);
      openStream();
    } else { // ended or cancelled: the assistant answers again
      endHandoff();
    }
  }

  function showHandoffStatus(status, position) {
    var text = status === 'queued' ? MESSAGES.waiting(position) : MESSAGES.connected;
    handoff.status = status;
    ui.handoffBar.classList.add('ca-handoff--active');
    // Writing the same text again would make some screen readers repeat it every second.
    if (ui.handoffStatus.textContent !== text) ui.handoffStatus.textContent = text;
    showStopButton(status === 'queued');
  }

  function showStopButton(visible) {
    // Hiding the focused button would drop focus to the page: put it where the resident types.
    if (!visible && document.activeElement === ui.stopWaiting) ui.input.focus();
    ui.stopWaiting.hidden = !visible;
  }

  function hideHandoffStatus() {
    handoff.status = null;
    if (!ui.handoffBar) return;
    showStopButton(false);
    ui.handoffBar.classList.remove('ca-handoff--active');
    ui.handoffStatus.textContent = '';
  }

  function endHandoff() {
    hideHandoffStatus();
    if (handoff.stream) handoff.stream.close();
    handoff.stream = null;
  }

  function openStream() {
    if (handoff.stream || !sessionId || typeof EventSource === 'undefined') return;
    var stream = new EventSource(sessionUrl('/events'));
    handoff.stream = stream;
    stream.addEventListener('handoff', function (e) { applyHandoff(parse(e.data)); });
    stream.addEventListener('message', function (e) { showLiveMessage(parse(e.data)); });
    stream.addEventListener('error', function () {
      // EventSource reconnects by itself, unless the server refused the stream (an expired session, say).
      if (stream.readyState === EventSource.CLOSED && handoff.stream === stream) {
        handoff.stream = null;
        recheckHandoff();
      }
    });
  }

  // Without a stream, ask once in a while whether a person still has the conversation.
  function recheckHandoff() {
    setTimeout(function () {
      if (!handoff.status || handoff.stream) return;
      fetch(sessionUrl('/handoff'), { headers: { Accept: 'application/json' }, credentials: 'omit' })
        .then(function (res) {
          if (res.status === 404) return { status: 'ended' };
          if (!res.ok) throw new Error('HTTP ' + res.status);
          return res.text().then(function (body) { return parse(body) || { status: 'ended' }; });
        })
        .then(applyHandoff, recheckHandoff);
    }, 10000);
  }

  function showLiveMessage(message) {
    if (!message || !message.text || handoff.shown[message.id]) return;
    handoff.shown[message.id] = true;
    clearSuggestions();
    if (message.from === 'agent') addAdviserMessage(message.text);
    else addNotice(message.text);
    scrollTo();
  }

  async function stopWaiting() {
    if (ui.stopWaiting.getAttribute('aria-disabled') === 'true') return;
    ui.stopWaiting.setAttribute('aria-disabled', 'true');
    var r = null;
    try {
      r = await post(sessionUrl('/handoff/cancel'), {});
    } catch (e) {
      // network failure: reported below
    } finally {
      ui.stopWaiting.removeAttribute('aria-disabled');
    }
    if (!r || !r.ok) {
      addSystem(MESSAGES.stopFailed);
      scrollTo();
    } else if (r.data && r.data.status === 'cancelled' && handoff.stream) {
      // The stream still brings the "you've left the queue" notice, then the cancelled status that closes it.
      hideHandoffStatus();
    } else {
      applyHandoff(r.data || { status: 'cancelled' });
    }
  }

  // ---- Callback request ----------------------------------------------------

  var CALLBACK_FIELDS = ['name', 'phone', 'email', 'topic', 'consent'];

  function callbackField(name) {
    return document.getElementById('ca-cb-' + name);
  }

  function textField(name, label, attrs, multiline) {
    var id = 'ca-cb-' + name;
    var input = el(multiline ? 'textarea' : 'input', Object.assign({
      id: id, name: name, class: 'ca-text-input' + (multiline ? ' ca-textarea' : '')
    }, attrs));
    return el('div', { class: 'ca-field' }, [el('label', { class: 'ca-label', for: id, text: label }), input]);
  }

  function buildCallbackForm() {
    var contactHint = el('p', { id: 'ca-cb-contact-hint', class: 'ca-hint', text: MESSAGES.callbackContactHint });
    var consent = el('input', { id: 'ca-cb-consent', name: 'consent', type: 'checkbox', class: 'ca-checkbox-input' });
    var send = el('button', { type: 'submit', class: 'ca-button', text: MESSAGES.callbackSend });
    var dismiss = el('button', { type: 'button', class: 'ca-button ca-button--secondary', text: MESSAGES.callbackDismiss });
    var form = el('form', { class: 'ca-callback-form', novalidate: '' }, [
      textField('name', MESSAGES.callbackName, { type: 'text', autocomplete: 'name', spellcheck: 'false' }),
      el('fieldset', { class: 'ca-fieldset', 'aria-describedby': 'ca-cb-contact-hint' }, [
        el('legend', { class: 'ca-legend', text: MESSAGES.callbackContact }), contactHint,
        textField('phone', MESSAGES.callbackPhone, { type: 'tel', autocomplete: 'tel' }),
        textField('email', MESSAGES.callbackEmail, { type: 'email', autocomplete: 'email', spellcheck: 'false' })
      ]),
      textField('topic', MESSAGES.callbackTopic, { rows: '3' }, true),
      el('div', { class: 'ca-field ca-checkbox' }, [
        consent, el('label', { class: 'ca-checkbox-label', for: 'ca-cb-consent', text: MESSAGES.callbackConsent })
      ]),
      el('div', { class: 'ca-button-group' }, [send, dismiss])
    ]);
    var section = el('section', { id: 'ca-callback', class: 'ca-callback', 'aria-labelledby': 'ca-cb-title' }, [
      el('h3', { id: 'ca-cb-title', class: 'ca-subtitle', text: MESSAGES.callbackTitle }),
      el('p', { class: 'ca-paragraph', text: MESSAGES.callbackIntro }),
      form
    ]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      submitCallback(form);
    });
    dismiss.addEventListener('click', function () {
      section.remove();
      ui.input.focus();
    });
    return section;
  }

  function showCallbackForm() {
    if (document.getElementById('ca-callback')) {
      if (!document.getElementById('ca-cb-title')) document.getElementById('ca-callback').remove(); // sent already
      else return;
    }
    ui.log.after(buildCallbackForm());
  }

  async function submitCallback(form) {
    if (form.getAttribute('aria-busy') === 'true') return;
    var body = { consent: callbackField('consent').checked };
    ['name', 'phone', 'email', 'topic'].forEach(function (name) { body[name] = callbackField(name).value.trim(); });
    form.setAttribute('aria-busy', 'true');
    var problem = MESSAGES.networkError;
    var field = null;
    try {
      var r = await ensureSession().then(function () { return post(sessionUrl('/callback'), body); });
      if (r.status === 201) {
        showCallbackSent();
        return;
      }
      if (r.data && r.data.detail) {
        problem = r.data.detail;
        field = r.status === 400 ? fieldForProblem(problem) : null;
      }
    } catch (e) {
      // network failure: the generic message
    } finally {
      form.removeAttribute('aria-busy');
    }
    showCallbackError(problem, field);
  }

  // The server names one problem at a time, in words; find the field it is about so the error can sit beside it.
  function fieldForProblem(detail) {
    var d = detail.toLowerCase();
    if (d.indexOf('tick') >= 0) return 'consent';
    if (d.indexOf('help with') >= 0) return 'topic';
    if (d.indexOf('email') >= 0 && d.indexOf('phone') < 0) return 'email';
    if (d.indexOf('phone') >= 0) return 'phone';
    if (d.indexOf('name') >= 0) return 'name';
    return null;
  }

  // As GOV.UK does it: an error summary at the top that takes focus and links to the field, and the same
  // message beside the field.
  function showCallbackError(problem, field) {
    var section = document.getElementById('ca-callback');
    section.querySelectorAll('.ca-error-summary, .ca-error-message').forEach(function (n) { n.remove(); });
    CALLBACK_FIELDS.forEach(function (name) {
      var input = callbackField(name);
      input.classList.remove('ca-text-input--error');
      input.closest('.ca-field').classList.remove('ca-field--error');
      if (input.dataset.describedby !== undefined) {
        if (input.dataset.describedby) input.setAttribute('aria-describedby', input.dataset.describedby);
        else input.removeAttribute('aria-describedby');
      }
    });
    var item = el('li', { text: field ? '' : problem });
    if (field) {
      var input = callbackField(field);
      var link = el('a', { class: 'ca-link', href: '#ca-cb-' + field, text: problem });
      link.addEventListener('click', function (e) {
        e.preventDefault(); // keep the host page's address as it is
        input.focus();
      });
      item.append(link);
      var errorId = 'ca-cb-' + field + '-error';
      var message = el('p', { id: errorId, class: 'ca-error-message' }, [
        el('span', { class: 'ca-visually-hidden', text: MESSAGES.errorPrefix + ' ' }), problem
      ]);
      input.closest('.ca-field').classList.add('ca-field--error');
      if (input.type !== 'checkbox') input.classList.add('ca-text-input--error');
      input.dataset.describedby = input.getAttribute('aria-describedby') || '';
      input.setAttribute('aria-describedby', (input.dataset.describedby + ' ' + errorId).trim());
      if (input.type === 'checkbox') input.closest('.ca-field').prepend(message);
      else input.before(message);
    }
    var summary = el('div', { class: 'ca-error-summary', tabindex: '-1' }, [
      el('div', { role: 'alert' }, [
        el('h4', { class: 'ca-error-summary-title', text: MESSAGES.errorTitle }),
        el('ul', { class: 'ca-error-summary-list' }, [item])
      ])
    ]);
    section.querySelector('.ca-subtitle').after(summary);
    summary.focus();
  }

  function showCallbackSent() {
    var section = document.getElementById('ca-callback');
    var confirmation = el('div', { class: 'ca-confirmation', tabindex: '-1' }, [
      el('h3', { class: 'ca-subtitle', text: MESSAGES.callbackSentTitle }),
      el('p', { class: 'ca-paragraph', text: MESSAGES.callbackSent })
    ]);
    section.replaceChildren(confirmation);
    section.removeAttribute('aria-labelledby');
    confirmation.focus();
  }

  // ---- Building the widget -------------------------------------------------

  function build(host) {
    var floating = !host;
    ui.log = el('div', {
      id: 'ca-log', class: 'ca-log', role: 'log', 'aria-live': 'polite',
      'aria-label': MESSAGES.logLabel, tabindex: '0' // focusable so keyboard users can scroll it
    });
    ui.status = el('div', { id: 'ca-status', class: 'ca-status', role: 'status' });
    ui.input = el('textarea', {
      id: 'ca-input', class: 'ca-input', name: 'text', rows: '2', maxlength: String(MAX_LENGTH),
      autocomplete: 'off'
    });
    ui.send = el('button', { type: 'submit', id: 'ca-send', class: 'ca-button', text: MESSAGES.send });
    ui.count = el('div', { id: 'ca-count', class: 'ca-count', 'aria-hidden': 'true', hidden: '' });
    ui.countLive = el('div', { class: 'ca-visually-hidden', 'aria-live': 'polite' });
    ui.form = el('form', { class: 'ca-form', novalidate: '' }, [
      el('label', { for: 'ca-input', class: 'ca-label', text: MESSAGES.inputLabel }),
      el('div', { class: 'ca-form-row' }, [ui.input, ui.send]),
      ui.count, ui.countLive
    ]);
    var header = el('div', { class: 'ca-header' }, [
      el('h2', { id: 'ca-title', class: 'ca-title', text: MESSAGES.title })
    ]);
    // Always in the page (only emptied), so screen readers announce the waiting status when it changes.
    ui.handoffStatus = el('p', {
      id: 'ca-handoff-status', class: 'ca-handoff-status', role: 'status', 'aria-live': 'polite'
    });
    ui.stopWaiting = el('button', {
      type: 'button', id: 'ca-stop-waiting', class: 'ca-button ca-button--secondary', text: MESSAGES.stopWaiting,
      hidden: ''
    });
    ui.stopWaiting.addEventListener('click', stopWaiting);
    ui.handoffBar = el('div', { id: 'ca-handoff', class: 'ca-handoff' }, [ui.handoffStatus, ui.stopWaiting]);
    ui.panel = el('div', { id: 'ca-panel', class: 'ca-panel' }, [
      header, ui.log, ui.handoffBar, el('div', { class: 'ca-status-row' }, [
        el('span', { class: 'ca-dots', 'aria-hidden': 'true' }, [el('span'), el('span'), el('span')]),
        ui.status
      ]), ui.form
    ]);

    if (floating) {
      // A labelled landmark keeps the widget's content "inside a region" on any host page.
      ui.root = el('aside', { class: 'ca-root ca-root--floating', 'aria-label': MESSAGES.title });
      ui.launcher = el('button', {
        type: 'button', id: 'ca-launcher', class: 'ca-button ca-launcher',
        'aria-expanded': 'false', 'aria-controls': 'ca-panel', text: MESSAGES.launcher
      });
      ui.launcher.addEventListener('click', function () { if (ui.panel.hidden) open(); else close(); });
      var closeButton = el('button', { type: 'button', class: 'ca-close', text: MESSAGES.close });
      closeButton.addEventListener('click', close);
      header.append(closeButton);
      ui.panel.hidden = true;
      ui.panel.addEventListener('keydown', function (e) {
        if (e.key === 'Escape') { e.preventDefault(); close(); }
      });
      ui.root.append(ui.panel, ui.launcher);
      document.body.append(ui.root);
    } else {
      ui.root = el('section', { class: 'ca-root ca-root--inline', 'aria-labelledby': 'ca-title' }, [ui.panel]);
      host.append(ui.root);
    }

    ui.form.addEventListener('submit', function (e) { e.preventDefault(); submitInput(); });
    ui.input.addEventListener('keydown', function (e) {
      // Enter sends; Shift+Enter adds a new line; leave Enter alone while an IME is composing.
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        submitInput();
      }
    });
    ui.input.addEventListener('input', updateCount);

    addMessage('bot', MESSAGES.assistantSaid).append(renderText(MESSAGES.greeting));
    showSuggestions(MESSAGES.starters);
  }

  function submitInput() {
    var text = ui.input.value;
    if (busy || !text.trim()) return; // keep the text in the box until it can really be sent
    ui.input.value = '';
    updateCount();
    send(text);
  }

  function showPanel() {
    if (!ui.launcher) return;
    ui.panel.hidden = false;
    ui.launcher.setAttribute('aria-expanded', 'true');
  }

  function open() {
    if (!ui.log) return;
    showPanel();
    ui.input.focus();
    ensureSession().catch(function () { /* retried when the first message is sent */ });
  }

  function close() {
    if (!ui.launcher || ui.panel.hidden) return;
    ui.panel.hidden = true;
    ui.launcher.setAttribute('aria-expanded', 'false');
    ui.launcher.focus();
  }

  function loadStylesheet() {
    var links = Array.prototype.slice.call(document.querySelectorAll('link[rel="stylesheet"]'));
    if (!links.some(function (l) { return l.href === CSS; })) {
      document.head.append(el('link', { rel: 'stylesheet', href: CSS }));
    }
  }

  function mount() {
    loadStylesheet();
    build(document.getElementById('council-assistant'));
  }

  window.CouncilAssistant = { open: open, close: close, send: send };

  // With "defer" the DOM is ready already; without it, wait so #council-assistant can be found.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
  else mount();
})();
