/*
 * Small helpers for the agent console page: building elements (text only, never HTML from the server),
 * the notification banner, screen reader announcements, GOV.UK field errors and times.
 */
import { SignedOutError } from './api.js';

/** An element with attributes ({text} sets its text) and children (nodes or strings; null is skipped). */
export function el(tag, attrs, children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([name, value]) => {
    if (name === 'text') node.textContent = value;
    else if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value);
  });
  (children || []).forEach((child) => { if (child !== null && child !== undefined) node.append(child); });
  return node;
}

/** Words for screen readers only, e.g. to say which conversation a "Claim" button is for. */
export function hiddenText(text) {
  return el('span', { class: 'govuk-visually-hidden', text });
}

let announceTimer = null;

/** Says something to screen reader users without moving focus (the page's polite live region). */
export function announce(text) {
  const region = document.getElementById('agent-announcer');
  region.textContent = '';
  clearTimeout(announceTimer);
  // Emptying first and writing a moment later makes the same words announced again if they repeat.
  announceTimer = setTimeout(() => { region.textContent = text; }, 100);
}

/** A GOV.UK notification banner at the top of the page: kind 'success' or 'error'; link {href, text}. */
export function showBanner(kind, text, link) {
  const success = kind === 'success';
  const dismiss = el('button', { type: 'button', class: 'agent-link-button agent-banner__dismiss' },
    ['Dismiss', hiddenText(' this message')]);
  const banner = el('div', {
    class: 'govuk-notification-banner' + (success ? ' govuk-notification-banner--success' : ''),
    role: 'alert', 'aria-labelledby': 'agent-banner-title'
  }, [
    el('div', { class: 'govuk-notification-banner__header' }, [
      el('h2', { class: 'govuk-notification-banner__title', id: 'agent-banner-title', text: success ? 'Success' : 'Important' })
    ]),
    el('div', { class: 'govuk-notification-banner__content' }, [
      el('p', { class: 'govuk-notification-banner__heading', id: 'agent-banner-text' }, [
        text, link ? ' ' : null,
        link ? el('a', { class: 'govuk-notification-banner__link', href: link.href, text: link.text }) : null
      ]),
      dismiss
    ])
  ]);
  dismiss.addEventListener('click', () => {
    clearBanner();
    document.getElementById('agent-page-heading').focus();
  });
  document.getElementById('agent-banner').replaceChildren(banner);
}

export function clearBanner() {
  document.getElementById('agent-banner').replaceChildren();
}

/** Reports a failed request: a lost sign-in, the server unreachable, or what went wrong. */
export function showFailure(error, fallback) {
  if (error instanceof SignedOutError) {
    showBanner('error', 'You have been signed out.', { href: '/login', text: 'Sign in again' });
  } else {
    showBanner('error', fallback || 'Sorry, the server could not be reached. Check your connection and try again.');
  }
}

/** GOV.UK error message for one field: red border, the message above the field, read with it. */
export function showFieldError(input, text) {
  clearFieldError(input);
  const id = input.id + '-error';
  input.closest('.govuk-form-group').classList.add('govuk-form-group--error');
  input.classList.add(input.tagName === 'TEXTAREA' ? 'govuk-textarea--error' : 'govuk-input--error');
  input.dataset.describedby = input.getAttribute('aria-describedby') || '';
  input.setAttribute('aria-describedby', (input.dataset.describedby + ' ' + id).trim());
  const message = el('p', { id, class: 'govuk-error-message' }, [hiddenText('Error: '), text]);
  (input.closest('.agent-inline') || input).before(message);
}

export function clearFieldError(input) {
  const old = document.getElementById(input.id + '-error');
  if (!old) return;
  old.remove();
  input.closest('.govuk-form-group').classList.remove('govuk-form-group--error');
  input.classList.remove('govuk-textarea--error', 'govuk-input--error');
  if (input.dataset.describedby) input.setAttribute('aria-describedby', input.dataset.describedby);
  else input.removeAttribute('aria-describedby');
}

// Council staff work in UK time whatever the computer says.
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
const DAY_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London'
});

export function timeElement(iso, withDay) {
  const date = new Date(iso);
  return el('time', { datetime: iso, text: isNaN(date) ? '' : (withDay ? DAY_TIME : TIME).format(date) });
}

/** "less than a minute", "1 minute", "1 hour 5 minutes": minutes are enough to see who has waited longest. */
export function waited(sinceIso, now) {
  const minutes = Math.max(0, Math.floor(((now || Date.now()) - new Date(sinceIso).getTime()) / 60000));
  if (!minutes) return 'less than a minute';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const plural = (n, word) => n + ' ' + word + (n === 1 ? '' : 's');
  if (!hours) return plural(rest, 'minute');
  return plural(hours, 'hour') + (rest ? ' ' + plural(rest, 'minute') : '');
}
