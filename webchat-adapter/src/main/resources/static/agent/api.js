/*
 * The agent API over fetch: JSON in and out, the CSRF token on every change, and noticing a lost sign-in.
 */

/** The sign-in has expired (401, or the server sent the browser to the login page). */
export class SignedOutError extends Error {
  constructor() {
    super('Signed out');
    this.name = 'SignedOutError';
  }
}

// Spring Security puts the token in a cookie readable by scripts; it must come back as a header on changes.
function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : null;
}

function parse(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch (e) {
    return null;
  }
}

/** Resolves to {status, ok, data}: data is the JSON body (a problem document for errors) or null. */
export async function request(method, path, body) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const token = csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  if (res.status === 401 || (res.redirected && new URL(res.url).pathname === '/login')) {
    throw new SignedOutError();
  }
  return { status: res.status, ok: res.ok, data: parse(await res.text()) };
}

export const get = (path) => request('GET', path);
export const post = (path, body) => request('POST', path, body);

/** What a problem response says, for people; the fallback when it says nothing. */
export function problemText(response, fallback) {
  return (response && response.data && response.data.detail) || fallback;
}
