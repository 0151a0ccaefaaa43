/*
 * Calls the staff JSON APIs (/api/agent, /api/staff, /api/admin) from the consoles' pages.
 * The session cookie goes with every same-origin request; changes also need the CSRF token, which
 * Spring Security keeps in the XSRF-TOKEN cookie (readable by scripts) and expects back in X-XSRF-TOKEN.
 * Errors come back as application/problem+json; a 401 means the session ended, so go to sign in.
 */
export function csrfToken () {
  const cookie = document.cookie.split('; ').find(function (c) { return c.startsWith('XSRF-TOKEN='); });
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

export async function staffApi (method, url, body) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (method !== 'GET' && method !== 'HEAD') headers['X-XSRF-TOKEN'] = csrfToken();
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method: method,
    headers: headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  if (response.status === 401) {
    window.location.assign('/login');
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  return { ok: response.ok, status: response.status, body: json };
}
