/*
 * The "Callback requests" tab: residents who left their details while the contact centre was closed.
 * Loaded when the number of open requests (sent with every queue update) changes.
 */
import { get, post, problemText } from './api.js';
import { el, hiddenText, announce, showBanner, showFailure, timeElement } from './page.js';

const $ = (id) => document.getElementById(id);

function cell(children) {
  return el('td', { class: 'govuk-table__cell' }, children);
}

function contactLink(scheme, value) {
  return value ? el('a', { class: 'govuk-link', href: scheme + value.replace(/\s+/g, ''), text: value }) : 'Not given';
}

export function createCallbacks() {
  let known = null;

  function showCount(n) {
    $('agent-callbacks-tab-count').textContent = n ? '(' + n + ')' : '';
  }

  function row(callback) {
    const handled = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0' },
      ['Mark as handled', hiddenText(' for ' + callback.name)]);
    handled.addEventListener('click', () => markHandled(callback));
    return el('tr', { class: 'govuk-table__row', 'data-callback-id': callback.id }, [
      cell([timeElement(callback.createdAt, true)]),
      cell([callback.name]),
      cell([contactLink('tel:', callback.phone)]),
      cell([contactLink('mailto:', callback.email)]),
      cell([el('span', { class: 'agent-callback-topic', text: callback.topic })]),
      cell([handled])
    ]);
  }

  function render(callbacks) {
    $('agent-callbacks').replaceChildren(...callbacks.map(row));
    $('agent-callbacks-table').hidden = callbacks.length === 0;
    $('agent-callbacks-empty').hidden = callbacks.length > 0;
    showCount(callbacks.length);
  }

  async function load() {
    try {
      const r = await get('/api/agent/callbacks');
      if (r.ok && Array.isArray(r.data)) render(r.data);
    } catch (e) {
      showFailure(e);
    }
  }

  async function markHandled(callback) {
    try {
      const r = await post('/api/agent/callbacks/' + callback.id + '/handled');
      if (r.status === 204) {
        const gone = document.querySelector('[data-callback-id="' + callback.id + '"]');
        if (gone) gone.remove();
        const left = $('agent-callbacks').children.length;
        $('agent-callbacks-table').hidden = left === 0;
        $('agent-callbacks-empty').hidden = left > 0;
        showCount(left);
        known = left;
        // The button has gone with its row: keep focus in the tab.
        $('agent-callbacks-heading').focus();
        announce('Callback request from ' + callback.name + ' marked as handled');
      } else {
        showBanner('error', r.status === 409 ? 'This callback request has already been handled.'
          : problemText(r, 'Sorry, the callback request could not be updated. Try again.'));
        load();
      }
    } catch (e) {
      showFailure(e);
    }
  }

  return {
    load,
    /** The queue says how many requests are open; reload the list when that changes. */
    countChanged(n) {
      if (n === known) return;
      known = n;
      load();
    }
  };
}
