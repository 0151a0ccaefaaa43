/*
 * "Suggest an article": searches the published knowledge base and puts an article's answer and links into the
 * agent's reply, for the agent to edit before sending.
 */
import { get } from './api.js';
import { el, hiddenText, announce, showFailure, showFieldError, clearFieldError } from './page.js';

const PREVIEW_LENGTH = 200;

const $ = (id) => document.getElementById(id);

/** Wires up the search form; reply is the textarea articles go into. */
export function createArticleSuggestions(reply) {
  async function searchArticles() {
    const query = $('agent-article-query');
    const status = $('agent-article-status');
    clearFieldError(query);
    if (!query.value.trim()) {
      showFieldError(query, 'Enter words to search for');
      query.focus();
      return;
    }
    status.textContent = 'Searching…';
    try {
      const r = await get('/api/agent/articles?q=' + encodeURIComponent(query.value.trim()));
      const articles = r.ok && Array.isArray(r.data) ? r.data : null;
      if (!articles) {
        status.textContent = 'Sorry, the search did not work. Try again.';
        return;
      }
      $('agent-articles').replaceChildren(...articles.map(articleItem));
      status.textContent = articles.length === 1 ? '1 article found' : articles.length + ' articles found';
    } catch (e) {
      status.textContent = '';
      showFailure(e);
    }
  }

  function articleItem(article) {
    const answer = String(article.answer || '');
    const insert = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0' },
      ['Insert into reply', hiddenText(': ' + article.title)]);
    insert.addEventListener('click', () => insertArticle(article));
    return el('li', { class: 'agent-article' }, [
      el('h4', { class: 'govuk-heading-s govuk-!-margin-bottom-1', text: article.title }),
      el('p', { class: 'govuk-body-s', text: answer.length > PREVIEW_LENGTH ? answer.slice(0, PREVIEW_LENGTH) + '…' : answer }),
      insert
    ]);
  }

  function insertArticle(article) {
    const links = (article.links || []).map((link) => link.label + ': ' + link.url);
    const block = [String(article.answer || '').trim()].concat(links.length ? [links.join('\n')] : []).join('\n\n');
    const before = reply.value.replace(/\s+$/, '');
    reply.value = before ? before + '\n\n' + block : block;
    reply.focus();
    reply.setSelectionRange(reply.value.length, reply.value.length);
    announce('Inserted into your reply: ' + article.title);
  }

  $('agent-article-form').addEventListener('submit', (e) => {
    e.preventDefault();
    searchArticles();
  });

  return {
    /** A new conversation: search for what the resident asked about, and forget earlier results. */
    reset(topic) {
      clearFieldError($('agent-article-query'));
      $('agent-article-query').value = topic || '';
      $('agent-articles').replaceChildren();
      $('agent-article-status').textContent = '';
    }
  };
}
