/*
 * Council assistant: embeddable web chat widget.
 * Embed: <script src="https://assistant.example/widget/council-assistant.js" defer></script>
 * Renders inside #council-assistant if the page has one, else as a floating launcher + panel.
 * The council it speaks for (name, logo, brand colour, phone number, privacy notice) comes from the server that
 * serves this file (/api/chat/council), so the same file works for every council.
 * When the assistant hands over to a person it shows the place in the queue and the adviser's messages (live,
 * from the session's event stream); when the contact centre is closed, a form to ask for a callback.
 * Plain ES2017 with no dependencies or build step, so any council site can embed it.
 * Server text is only ever inserted with textContent/createElement, never as HTML.
 * Bilingual (Welsh Language Standards): the labels follow the conversation's language, which the server reports
 * with every answer (it detects Welsh), and a "Cymraeg" / "English" switch in the header makes an explicit
 * choice that wins over detection. A page with <html lang="cy"> starts the conversation in Welsh.
 */
(function () {
  'use strict';

  // All resident-facing wording, in English and Welsh, generated from strings.json beside this file (the
  // translators' file) with non-ASCII letters escaped, so a host page in any character set shows them right.
  // BEGIN STRINGS: do not edit here; edit strings.json, then run
  // ./mvnw -B -q -pl webchat-adapter -am test -Dtest=WidgetStringsTests -Dsurefire.failIfNoSpecifiedTests=false \
  //   -Dwidget.strings.regenerate=true
  var STRINGS = {
    "en": {
      "launcher": "Ask the council",
      "title": "{council} assistant",
      "close": "Close",
      "councilFallback": "Council",
      "greeting": "Hello, I\u2019m the {council} assistant. Ask me about bins, council tax, parking, housing and other council services.",
      "starters": [
        "When is my bin day?",
        "Pay council tax",
        "Report a missed bin",
        "Talk to a person"
      ],
      "logLabel": "Conversation",
      "youSaid": "You said:",
      "assistantSaid": "Assistant said:",
      "notice": "Notice:",
      "suggestions": "Suggested questions",
      "inputLabel": "Type your question",
      "send": "Send",
      "typing": "Assistant is typing\u2026",
      "networkError": "Sorry, something went wrong. Please try again.",
      "notSent": "(not sent)",
      "handoff": "To speak to a person, call our contact centre on {phone}.",
      "charactersLeftOne": "You have {n} character remaining",
      "charactersLeftMany": "You have {n} characters remaining",
      "privacyLink": "How we use your information (opens in new tab)",
      "languageLabel": "Language",
      "switchToWelsh": "Cymraeg",
      "switchToEnglish": "English",
      "adviser": "Adviser",
      "adviserSaid": "Adviser said:",
      "waiting": "Waiting for an adviser",
      "waitingPosition": "Waiting for an adviser \u2014 you are number {n}",
      "connected": "You\u2019re talking to an adviser",
      "adviserJoined": "{name} has joined the chat",
      "adviserLeft": "The adviser has left the chat. You\u2019re talking to the assistant again.",
      "stopWaiting": "Stop waiting",
      "stopFailed": "Sorry, we could not take you out of the queue. Please try again.",
      "callbackTitle": "Ask us to contact you",
      "callbackIntro": "Leave your details and we\u2019ll contact you when the contact centre opens.",
      "callbackName": "Your name",
      "callbackContact": "How can we contact you?",
      "callbackContactHint": "Give a phone number, an email address, or both.",
      "callbackPhone": "Phone number",
      "callbackEmail": "Email address",
      "callbackOptional": "(optional)",
      "callbackTopic": "What do you need help with?",
      "callbackConsent": "You can contact me about this. We\u2019ll keep these details for 30 days.",
      "callbackSend": "Send request",
      "callbackDismiss": "No thanks",
      "callbackSentTitle": "Request sent",
      "callbackSent": "Thank you. We\u2019ll contact you when the contact centre opens.",
      "errorTitle": "There is a problem",
      "errorPrefix": "Error:",
      "errorNameMissing": "Enter your name",
      "errorNameTooLong": "Your name must be 200 characters or fewer",
      "errorPhoneInvalid": "Enter a UK phone number, like 01632 960 123",
      "errorEmailInvalid": "Enter an email address in the correct format, like name@example.com",
      "errorEmailTooLong": "Your email address must be 254 characters or fewer",
      "errorContactMissingTitle": "Contact details missing",
      "errorContactMissing": "Enter a phone number or an email address so that we can contact you",
      "errorTopicMissing": "Tell us what you need help with",
      "errorTopicTooLong": "What you need help with must be 500 characters or fewer",
      "errorConsentMissing": "Tick the box to agree that we can contact you",
      "languageChanged": "The assistant will answer in English from now on.",
      "languageChangeFailed": "Sorry, we could not change the language. Please try again.",
      "ratingQuestion": "Was this answer helpful?",
      "ratingYes": "Yes",
      "ratingNo": "No",
      "ratingThanks": "Thank you for your feedback."
    },
    "cy": {
      "launcher": "Gofyn i\u2019r cyngor",
      "title": "Cynorthwyydd {council}",
      "close": "Cau",
      "councilFallback": "Cyngor",
      "greeting": "Helo, fi yw cynorthwyydd {council}. Gofynnwch i mi am finiau, Treth y Cyngor, parcio, tai a gwasanaethau eraill y cyngor.",
      "starters": [
        "Pryd mae fy niwrnod bin?",
        "Talu Treth y Cyngor",
        "Rhoi gwybod am fin heb ei gasglu",
        "Siarad \u00e2 pherson"
      ],
      "logLabel": "Sgwrs",
      "youSaid": "Dywedoch chi:",
      "assistantSaid": "Dywedodd y cynorthwyydd:",
      "notice": "Hysbysiad:",
      "suggestions": "Cwestiynau awgrymedig",
      "inputLabel": "Teipiwch eich cwestiwn",
      "send": "Anfon",
      "typing": "Mae\u2019r cynorthwyydd yn teipio\u2026",
      "networkError": "Mae\u2019n ddrwg gennym, aeth rhywbeth o\u2019i le. Rhowch gynnig arall arni.",
      "notSent": "(heb ei anfon)",
      "handoff": "I siarad \u00e2 pherson, ffoniwch ein canolfan gyswllt ar {phone}.",
      "charactersLeftOne": "Mae gennych {n} nod ar \u00f4l",
      "charactersLeftMany": "Mae gennych {n} nod ar \u00f4l",
      "privacyLink": "Sut rydyn ni\u2019n defnyddio eich gwybodaeth (yn agor mewn tab newydd)",
      "languageLabel": "Iaith",
      "switchToWelsh": "Cymraeg",
      "switchToEnglish": "English",
      "adviser": "Ymgynghorydd",
      "adviserSaid": "Dywedodd yr ymgynghorydd:",
      "waiting": "Yn aros am ymgynghorydd",
      "waitingPosition": "Yn aros am ymgynghorydd \u2014 chi yw rhif {n} yn y ciw",
      "connected": "Rydych chi\u2019n siarad ag ymgynghorydd",
      "adviserJoined": "Mae {name} wedi ymuno \u00e2\u2019r sgwrs",
      "adviserLeft": "Mae\u2019r ymgynghorydd wedi gadael y sgwrs. Rydych chi\u2019n siarad \u00e2\u2019r cynorthwyydd eto.",
      "stopWaiting": "Stopio aros",
      "stopFailed": "Mae\u2019n ddrwg gennym, doedd dim modd eich tynnu allan o\u2019r ciw. Rhowch gynnig arall arni.",
      "callbackTitle": "Gofyn i ni gysylltu \u00e2 chi",
      "callbackIntro": "Gadewch eich manylion a byddwn ni\u2019n cysylltu \u00e2 chi pan fydd y ganolfan gyswllt yn agor.",
      "callbackName": "Eich enw",
      "callbackContact": "Sut gallwn ni gysylltu \u00e2 chi?",
      "callbackContactHint": "Rhowch rif ff\u00f4n, cyfeiriad e-bost, neu\u2019r ddau.",
      "callbackPhone": "Rhif ff\u00f4n",
      "callbackEmail": "Cyfeiriad e-bost",
      "callbackOptional": "(dewisol)",
      "callbackTopic": "Gyda beth mae angen help arnoch chi?",
      "callbackConsent": "Cewch gysylltu \u00e2 mi yngl\u0177n \u00e2 hyn. Byddwn ni\u2019n cadw\u2019r manylion hyn am 30 diwrnod.",
      "callbackSend": "Anfon cais",
      "callbackDismiss": "Dim diolch",
      "callbackSentTitle": "Cais wedi\u2019i anfon",
      "callbackSent": "Diolch. Byddwn ni\u2019n cysylltu \u00e2 chi pan fydd y ganolfan gyswllt yn agor.",
      "errorTitle": "Mae yna broblem",
      "errorPrefix": "Gwall:",
      "errorNameMissing": "Rhowch eich enw",
      "errorNameTooLong": "Rhaid i\u2019ch enw fod yn 200 nod neu lai",
      "errorPhoneInvalid": "Rhowch rif ff\u00f4n yn y DU, fel 01632 960 123",
      "errorEmailInvalid": "Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com",
      "errorEmailTooLong": "Rhaid i\u2019ch cyfeiriad e-bost fod yn 254 nod neu lai",
      "errorContactMissingTitle": "Manylion cyswllt ar goll",
      "errorContactMissing": "Rhowch rif ff\u00f4n neu gyfeiriad e-bost er mwyn i ni allu cysylltu \u00e2 chi",
      "errorTopicMissing": "Dywedwch wrthym gyda beth mae angen help arnoch chi",
      "errorTopicTooLong": "Rhaid i\u2019ch disgrifiad o\u2019r hyn mae angen help arnoch chi gydag ef fod yn 500 nod neu lai",
      "errorConsentMissing": "Ticiwch y blwch i gytuno y cawn ni gysylltu \u00e2 chi",
      "languageChanged": "Bydd y cynorthwyydd yn ateb yn Gymraeg o hyn ymlaen.",
      "languageChangeFailed": "Mae\u2019n ddrwg gennym, doedd dim modd newid yr iaith. Rhowch gynnig arall arni.",
      "ratingQuestion": "Oedd yr ateb hwn yn ddefnyddiol?",
      "ratingYes": "Oedd",
      "ratingNo": "Nac oedd",
      "ratingThanks": "Diolch am eich adborth."
    }
  };
  // END STRINGS

  var MAX_LENGTH = 1000;
  var COUNT_FROM = 800; // only show the character count once it starts to matter

  if (window.CouncilAssistant) return; // embedded twice: keep the first instance

  // currentScript only exists while this file first executes, so capture it now.
  // Everything else (API, stylesheet) is resolved against it so the widget works cross-origin.
  var self = document.currentScript || document.querySelector('script[src*="council-assistant.js"]');
  var scriptUrl = (self && self.src) || new URL('/widget/council-assistant.js', window.location.href).href;
  var API = new URL('../api/chat/sessions', scriptUrl).href;
  var CSS = new URL('council-assistant.css', scriptUrl).href;
  var COUNCIL = new URL('../api/chat/council', scriptUrl).href;
  var BRAND_COLOUR = /^#[0-9a-fA-F]{6}$/;

  var LANGUAGES = ['en', 'cy'];
  // The language the labels are in (the conversation's), and the explicit choice to send to the server:
  // the resident's, or the host page's when it is in Welsh.
  var pageLanguage = (document.documentElement.lang || '').toLowerCase().split('-')[0];
  var lang = pageLanguage === 'cy' ? 'cy' : 'en';
  var chosen = pageLanguage === 'cy' ? 'cy' : null;
  var switches = 0; // counts the resident's switches, so an answer already on its way cannot undo one
  var languageSaved = Promise.resolve();

  var ui = {};
  var council = null; // from the server; null until loaded, or if it could not be
  var sessionPromise = null;
  var sessionId = null;
  var busy = false;
  var started = false; // the resident has sent something
  var countTimer = null;
  // Talking to a person: the status from the server, its event stream, and the live messages already shown
  // (a reconnecting stream may send some again).
  var handoff = { status: null, position: null, stream: null, shown: {} };

  // A label in the conversation's language; {council} is the council's short name in that language, and {n},
  // {name} are filled from vars.
  function t(key, vars) {
    var value = key in STRINGS[lang] ? STRINGS[lang][key] : STRINGS.en[key];
    if (typeof value !== 'string') return value;
    var all = Object.assign({ council: councilName() }, vars);
    return value.replace(/\{(\w+)\}/g, function (match, name) { return name in all ? String(all[name]) : match; });
  }

  function councilName() {
    var names = council && (lang === 'cy' ? council.welsh : council);
    return (names && names.shortName) || STRINGS[lang].councilFallback;
  }

  // A web address from the server (the logo may be a path on it), made absolute.
  function councilUrl(url) {
    return url ? safeUrl(new URL(url, COUNCIL).href) : null;
  }

  // Attributes "i18n" and "i18nLabel" name a label for the text or the aria-label; relabel() changes those
  // nodes when the language changes. What was said in the conversation keeps the language it was said in.
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === 'text') node.textContent = attrs[name];
      else if (name === 'i18n') label(node, attrs[name]);
      else if (name === 'i18nLabel') {
        node.dataset.caLabel = attrs[name];
        node.setAttribute('aria-label', t(attrs[name]));
      } else node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) { if (child) node.append(child); });
    return node;
  }

  function label(node, key) {
    node.dataset.caText = key;
    node.textContent = t(key);
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

  // Each bubble says which language it is in, so screen readers pronounce it right (WCAG 3.1.2).
  function addMessage(kind, prefixKey, language) {
    var item = el('div', { class: 'ca-message ca-message--' + kind, lang: language || lang }, [
      el('span', { class: 'ca-visually-hidden', text: t(prefixKey) + ' ' })
    ]);
    ui.log.append(item);
    return item;
  }

  function addBotReply(reply, language) {
    var item = addMessage('bot', 'assistantSaid', language);
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
    if (!council || !council.phone) return; // the reply itself says how to reach a person
    var parts = t('handoff').split('{phone}');
    item.append(el('p', { class: 'ca-paragraph ca-handoff', lang: lang }, [
      parts[0], el('a', { class: 'ca-link', href: safeUrl(council.phoneHref), text: council.phone }), parts[1]
    ]));
  }

  function addSystem(text) {
    addMessage('system', 'notice').append(el('p', { class: 'ca-paragraph', text: text }));
  }

  // What the council says about the chat itself ("Amy has joined"), set apart from the conversation.
  function addNotice(text) {
    var item = addMessage('notice', 'notice');
    item.append(el('p', { class: 'ca-paragraph', text: text }));
    return item;
  }

  function addAdviserMessage(text) {
    var item = addMessage('agent', 'adviserSaid');
    item.append(el('p', { class: 'ca-sender', 'aria-hidden': 'true', text: t('adviser') }));
    item.append(renderText(text));
    return item;
  }

  // "Was this answer helpful?" under an answer from an article; a "No" puts the question in staff's inbox.
  function addRating(reply, articleId) {
    var question = el('p', { class: 'ca-rating__question', i18n: 'ratingQuestion' });
    var group = el('div', { class: 'ca-rating', role: 'group' }, [question]);
    group.setAttribute('aria-labelledby', question.id = 'ca-rating-' + Math.random().toString(36).slice(2));
    [['ratingYes', true], ['ratingNo', false]].forEach(function (choice) {
      var button = el('button', { type: 'button', class: 'ca-rating__button', i18n: choice[0] });
      button.addEventListener('click', function () {
        post(sessionUrl('/ratings'), { articleId: articleId, helpful: choice[1] });
        var thanks = el('p', { class: 'ca-rating__thanks', role: 'status', i18n: 'ratingThanks' });
        group.replaceWith(thanks);
      });
      group.append(button);
    });
    reply.append(group);
  }

  // Chips belong to the latest reply only, so older ones are removed before anything new appears.
  function showSuggestions(texts) {
    clearSuggestions();
    var list = (texts || []).filter(function (s) { return typeof s === 'string' && s.trim(); });
    if (!list.length) return;
    ui.log.append(el('div', { class: 'ca-suggestions', role: 'group', i18nLabel: 'suggestions' },
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
    ui.status.textContent = typing ? t('typing') : '';
    ui.root.classList.toggle('ca-root--busy', typing);
  }

  function updateCount() {
    var left = MAX_LENGTH - ui.input.value.length;
    var text = ui.input.value.length >= COUNT_FROM
      ? t(left === 1 ? 'charactersLeftOne' : 'charactersLeftMany', { n: left }) : '';
    ui.count.textContent = text;
    ui.count.hidden = !text;
    // Screen readers get the count once typing pauses, not on every keystroke.
    clearTimeout(countTimer);
    countTimer = setTimeout(function () { ui.countLive.textContent = text; }, 1000);
  }

  // ---- API -----------------------------------------------------------------

  function post(url, body) {
    return request('POST', url, body);
  }

  function request(method, url, body) {
    return fetch(url, {
      method: method,
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
        // A choice made before the conversation started (or the page's language) applies from its first message.
        return chosen ? saveLanguage(chosen).then(function () { return sessionId; }) : sessionId;
      });
      sessionPromise.catch(function () { sessionPromise = null; }); // allow a retry next time
    }
    return sessionPromise;
  }

  function postMessage(text) {
    return ensureSession().then(function (id) {
      // A message sent just after a switch must be answered in the chosen language.
      return languageSaved.then(function () {
        return post(API + '/' + encodeURIComponent(id) + '/messages', { text: text });
      });
    });
  }

  // Resolves to true when the server has the choice; false on a network or server failure.
  function saveLanguage(language) {
    languageSaved = request('PUT', sessionUrl('/language'), { language: language }).then(function (r) {
      if (r.status === 404) sessionPromise = null; // expired: the next session gets the choice when it starts
      return r.ok || r.status === 404;
    }, function () { return false; });
    return languageSaved;
  }

  async function send(rawText) {
    var text = String(rawText == null ? '' : rawText).trim();
    if (!text || busy || !ui.log) return false;
    started = true;
    showPanel();
    setBusy(true);
    clearSuggestions();
    var mine = addMessage('user', 'youSaid');
    mine.append(text);
    scrollTo();
    var problem = t('networkError');
    var switchesBefore = switches;
    try {
      var r = await postMessage(text);
      if (r.status === 404) { // session expired or server restarted: start again, once
        sessionPromise = null;
        endHandoff();
        r = await postMessage(text);
      }
      if (r.ok && r.data) {
        if (switches === switchesBefore) setLanguage(r.data.language);
        if (LANGUAGES.indexOf(r.data.language) >= 0) mine.lang = r.data.language; // as the server detected it
        var replies = r.data.replies || [];
        var reply = null;
        replies.forEach(function (rep, i) { reply = addBotReply(rep, replyLanguage(r.data, i, replies.length)); });
        if (r.data.offerHandoff) addHandoff(reply || addMessage('bot', 'assistantSaid'));
        if (reply && r.data.articleId) addRating(reply, r.data.articleId);
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
    mine.append(el('span', { class: 'ca-failed-note', text: ' ' + t('notSent') }));
    if (!ui.input.value.trim()) { ui.input.value = text; updateCount(); }
    addSystem(problem);
    scrollTo();
    return false;
  }

  // A Welsh question with no Welsh article yet is answered with a Welsh note and then the English article
  // (its id has no "-cy"): that last bubble is English.
  function replyLanguage(data, index, count) {
    var english = data.language === 'cy' && data.articleId && !/-cy$/.test(data.articleId);
    return english && count > 1 && index === count - 1 ? 'en' : data.language;
  }

  // ---- Language --------------------------------------------------------------

  function setLanguage(language) {
    if (LANGUAGES.indexOf(language) < 0 || language === lang) return;
    lang = language;
    relabel();
  }

  function relabel() {
    ui.root.lang = lang;
    [ui.root].concat(Array.prototype.slice.call(ui.root.querySelectorAll('[data-ca-text], [data-ca-label]')))
      .forEach(function (node) {
        if (node.dataset.caText) node.textContent = t(node.dataset.caText);
        if (node.dataset.caLabel) node.setAttribute('aria-label', t(node.dataset.caLabel));
      });
    // The switch offers the other language, named in that language.
    var other = lang === 'cy' ? 'en' : 'cy';
    ui.languageName.lang = other;
    ui.languageName.textContent = t(other === 'cy' ? 'switchToWelsh' : 'switchToEnglish');
    if (handoff.status) showHandoffStatus(handoff.status, handoff.position);
    if (busy) setBusy(true);
    if (!ui.count.hidden) updateCount();
    if (!started) greet(); // nothing said yet: greet again in the new language
  }

  async function switchLanguage() {
    var before = { lang: lang, chosen: chosen };
    switches++;
    chosen = lang === 'cy' ? 'en' : 'cy';
    setLanguage(chosen);
    addNotice(t('languageChanged'));
    if (!started) showSuggestions(t('starters'));
    scrollTo();
    if (!sessionId) return; // sent when the conversation starts
    if (await saveLanguage(chosen)) return;
    chosen = before.chosen;
    setLanguage(before.lang);
    addSystem(t('languageChangeFailed'));
    scrollTo();
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
    var text = status !== 'queued' ? t('connected') : position ? t('waitingPosition', { n: position }) : t('waiting');
    handoff.status = status;
    handoff.position = position;
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
      addSystem(t('stopFailed'));
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

  function textField(name, labelKey, attrs, multiline) {
    var id = 'ca-cb-' + name;
    var input = el(multiline ? 'textarea' : 'input', Object.assign({
      id: id, name: name, class: 'ca-text-input' + (multiline ? ' ca-textarea' : '')
    }, attrs));
    return el('div', { class: 'ca-field' }, [el('label', { class: 'ca-label', for: id, i18n: labelKey }), input]);
  }

  function buildCallbackForm() {
    var contactHint = el('p', { id: 'ca-cb-contact-hint', class: 'ca-hint', i18n: 'callbackContactHint' });
    var consent = el('input', { id: 'ca-cb-consent', name: 'consent', type: 'checkbox', class: 'ca-checkbox-input' });
    var send = el('button', { type: 'submit', class: 'ca-button', i18n: 'callbackSend' });
    var dismiss = el('button', { type: 'button', class: 'ca-button ca-button--secondary', i18n: 'callbackDismiss' });
    var form = el('form', { class: 'ca-callback-form', novalidate: '' }, [
      textField('name', 'callbackName', { type: 'text', autocomplete: 'name', spellcheck: 'false' }),
      el('fieldset', { class: 'ca-fieldset', 'aria-describedby': 'ca-cb-contact-hint' }, [
        el('legend', { class: 'ca-legend', i18n: 'callbackContact' }), contactHint,
        textField('phone', 'callbackPhone', { type: 'tel', autocomplete: 'tel' }),
        textField('email', 'callbackEmail', { type: 'email', autocomplete: 'email', spellcheck: 'false' })
      ]),
      textField('topic', 'callbackTopic', { rows: '3' }, true),
      el('div', { class: 'ca-field ca-checkbox' }, [
        consent, el('label', { class: 'ca-checkbox-label', for: 'ca-cb-consent', i18n: 'callbackConsent' })
      ]),
      el('div', { class: 'ca-button-group' }, [send, dismiss])
    ]);
    var section = el('section', { id: 'ca-callback', class: 'ca-callback', 'aria-labelledby': 'ca-cb-title' }, [
      el('h3', { id: 'ca-cb-title', class: 'ca-subtitle', i18n: 'callbackTitle' }),
      el('p', { class: 'ca-paragraph', i18n: 'callbackIntro' }),
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
    var problem = { key: 'networkError' };
    var field = null;
    try {
      var r = await ensureSession().then(function () { return post(sessionUrl('/callback'), body); });
      if (r.status === 201) {
        showCallbackSent();
        return;
      }
      if (r.data && r.data.detail) {
        var key = errorKeyFor(r.data.detail);
        problem = key ? { key: key } : r.data.detail;
        field = r.status !== 400 ? null : key ? ERROR_FIELDS[key] : fieldForProblem(r.data.detail);
      }
    } catch (e) {
      // network failure: the generic message
    } finally {
      form.removeAttribute('aria-busy');
    }
    showCallbackError(problem, field);
  }

  // The server names one problem at a time, in English words that are also the English error labels: the
  // label is shown in the conversation's language, beside the field it is about.
  var ERROR_FIELDS = {
    errorNameMissing: 'name', errorNameTooLong: 'name', errorPhoneInvalid: 'phone', errorEmailInvalid: 'email',
    errorEmailTooLong: 'email', errorContactMissing: 'phone', errorTopicMissing: 'topic', errorTopicTooLong: 'topic',
    errorConsentMissing: 'consent'
  };

  function errorKeyFor(detail) {
    return Object.keys(ERROR_FIELDS).filter(function (key) { return STRINGS.en[key] === detail; })[0] || null;
  }

  // A label ({key}) follows the language; other server wording is shown as it came.
  function problemNode(problem) {
    return typeof problem === 'string' ? document.createTextNode(problem) : el('span', { i18n: problem.key });
  }

  // Server wording without a label: find the field it is about so the error can sit beside it.
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
    var item = el('li', {}, [field ? null : problemNode(problem)]);
    if (field) {
      var input = callbackField(field);
      var link = el('a', { class: 'ca-link', href: '#ca-cb-' + field }, [problemNode(problem)]);
      link.addEventListener('click', function (e) {
        e.preventDefault(); // keep the host page's address as it is
        input.focus();
      });
      item.append(link);
      var errorId = 'ca-cb-' + field + '-error';
      var message = el('p', { id: errorId, class: 'ca-error-message' }, [
        el('span', { class: 'ca-visually-hidden', i18n: 'errorPrefix' }), ' ', problemNode(problem)
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
        el('h4', { class: 'ca-error-summary-title', i18n: 'errorTitle' }),
        el('ul', { class: 'ca-error-summary-list' }, [item])
      ])
    ]);
    section.querySelector('.ca-subtitle').after(summary);
    summary.focus();
  }

  function showCallbackSent() {
    var section = document.getElementById('ca-callback');
    var confirmation = el('div', { class: 'ca-confirmation', tabindex: '-1' }, [
      el('h3', { class: 'ca-subtitle', i18n: 'callbackSentTitle' }),
      el('p', { class: 'ca-paragraph', i18n: 'callbackSent' })
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
      i18nLabel: 'logLabel', tabindex: '0' // focusable so keyboard users can scroll it
    });
    ui.status = el('div', { id: 'ca-status', class: 'ca-status', role: 'status' });
    ui.input = el('textarea', {
      id: 'ca-input', class: 'ca-input', name: 'text', rows: '2', maxlength: String(MAX_LENGTH),
      autocomplete: 'off'
    });
    ui.send = el('button', { type: 'submit', id: 'ca-send', class: 'ca-button', i18n: 'send' });
    ui.count = el('div', { id: 'ca-count', class: 'ca-count', 'aria-hidden': 'true', hidden: '' });
    ui.countLive = el('div', { class: 'ca-visually-hidden', 'aria-live': 'polite' });
    var privacy = council && councilUrl(council.privacyNoticeUrl);
    ui.form = el('form', { class: 'ca-form', novalidate: '' }, [
      el('label', { for: 'ca-input', class: 'ca-label', i18n: 'inputLabel' }),
      el('div', { class: 'ca-form-row' }, [ui.input, ui.send]),
      ui.count, ui.countLive,
      privacy ? el('p', { class: 'ca-privacy' }, [el('a', {
        class: 'ca-link', href: privacy, target: '_blank', rel: 'noopener noreferrer', i18n: 'privacyLink'
      })]) : null
    ]);
    // Named in the language it offers, with that language's lang attribute (as GOV.UK and GOV.WALES do).
    ui.languageName = el('span', { lang: lang === 'cy' ? 'en' : 'cy',
      text: t(lang === 'cy' ? 'switchToEnglish' : 'switchToWelsh') });
    ui.languageSwitch = el('button', { type: 'button', id: 'ca-language', class: 'ca-language' }, [ui.languageName]);
    ui.languageSwitch.addEventListener('click', switchLanguage);
    var logo = council && councilUrl(council.logoUrl);
    var header = el('div', { class: 'ca-header' }, [
      logo ? el('img', { class: 'ca-logo', src: logo, alt: '' }) : null,
      el('h2', { id: 'ca-title', class: 'ca-title', i18n: 'title' }), ui.languageSwitch
    ]);
    // Always in the page (only emptied), so screen readers announce the waiting status when it changes.
    ui.handoffStatus = el('p', {
      id: 'ca-handoff-status', class: 'ca-handoff-status', role: 'status', 'aria-live': 'polite'
    });
    ui.stopWaiting = el('button', {
      type: 'button', id: 'ca-stop-waiting', class: 'ca-button ca-button--secondary', i18n: 'stopWaiting',
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
      ui.root = el('aside', { class: 'ca-root ca-root--floating', lang: lang, i18nLabel: 'title' });
      ui.launcher = el('button', {
        type: 'button', id: 'ca-launcher', class: 'ca-button ca-launcher',
        'aria-expanded': 'false', 'aria-controls': 'ca-panel', i18n: 'launcher'
      });
      ui.launcher.addEventListener('click', function () { if (ui.panel.hidden) open(); else close(); });
      var closeButton = el('button', { type: 'button', class: 'ca-close', i18n: 'close' });
      closeButton.addEventListener('click', close);
      header.append(closeButton);
      ui.panel.hidden = true;
      ui.panel.addEventListener('keydown', function (e) {
        if (e.key === 'Escape') { e.preventDefault(); close(); }
      });
      ui.root.append(ui.panel, ui.launcher);
      document.body.append(ui.root);
    } else {
      ui.root = el('section', { class: 'ca-root ca-root--inline', lang: lang, 'aria-labelledby': 'ca-title' },
        [ui.panel]);
      host.append(ui.root);
    }
    if (council && BRAND_COLOUR.test(council.brandColour)) ui.root.style.setProperty('--ca-brand', council.brandColour);

    ui.form.addEventListener('submit', function (e) { e.preventDefault(); submitInput(); });
    ui.input.addEventListener('keydown', function (e) {
      // Enter sends; Shift+Enter adds a new line; leave Enter alone while an IME is composing.
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        submitInput();
      }
    });
    ui.input.addEventListener('input', updateCount);

    greet();
  }

  // The greeting and the starter questions, in the conversation's language (again after a switch, until the
  // resident has said something).
  function greet() {
    var greeting = addMessage('bot', 'assistantSaid');
    greeting.append(renderText(t('greeting')));
    if (ui.greeting) ui.greeting.replaceWith(greeting);
    ui.greeting = greeting;
    showSuggestions(t('starters'));
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

  // Without the council's details the widget still works, under a plain "Council assistant".
  function loadCouncil() {
    return fetch(COUNCIL, { headers: { Accept: 'application/json' }, credentials: 'omit' })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (data) { council = data; }, function () { council = null; });
  }

  function mount() {
    loadStylesheet();
    loadCouncil().then(function () { build(document.getElementById('council-assistant')); });
  }

  window.CouncilAssistant = { open: open, close: close, send: send, switchLanguage: switchLanguage };

  // With "defer" the DOM is ready already; without it, wait so #council-assistant can be found.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
  else mount();
})();
