/*
 * Brackenfield Borough Council assistant: embeddable web chat widget.
 * Embed: <script src="https://assistant.example/widget/council-assistant.js" defer></script>
 * Renders inside #council-assistant if the page has one, else as a floating launcher + panel.
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
    }
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
  var busy = false;
  var countTimer = null;

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
    ui.status.textContent = on ? MESSAGES.typing : '';
    ui.root.classList.toggle('ca-root--busy', on);
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
        return r.data.sessionId;
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
        r = await postMessage(text);
      }
      if (r.ok && r.data) {
        var reply = null;
        (r.data.replies || []).forEach(function (rep) { reply = addBotReply(rep); });
        if (r.data.offerHandoff) addHandoff(reply || addMessage('bot', MESSAGES.assistantSaid));
        showSuggestions(r.data.suggestions);
        scrollTo(mine);
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
    ui.panel = el('div', { id: 'ca-panel', class: 'ca-panel' }, [
      header, ui.log, el('div', { class: 'ca-status-row' }, [
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
