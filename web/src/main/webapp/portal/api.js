// The API, from the same origin, with the caller's token and language. A refusal becomes an
// ApiError carrying the problem+json the server sent, so pages can show its words and put each
// field's reason beside that field.
import { bearer } from './auth.js';
import { currentLanguage, t } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** Each invalid field's reason, by the JSON path the server named. */
  fieldErrors() {
    return (this.problem.errors || []).reduce((all, e) => ({ ...all, [e.field]: e.reason }), {});
  }
}

export async function call(method, path, body, { etag, raw } = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': currentLanguage() };
  const token = await bearer();
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (etag) {
    headers['If-Match'] = etag;
  }
  let payload;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = raw ? raw : 'application/json';
    payload = raw ? body : JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(`/api${path}`, { method, headers, body: payload });
  } catch (e) {
    throw new ApiError(0, { title: t('error.offline') });
  }
  const type = response.headers.get('Content-Type') || '';
  const content = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new ApiError(response.status, content || { title: t('error.status', { status: response.status }) });
  }
  return { body: content, etag: response.headers.get('ETag'), status: response.status };
}

export const get = (path) => call('GET', path).then((r) => r.body);
export const post = (path, body, options) => call('POST', path, body, options);
export const put = (path, body, options) => call('PUT', path, body, options);

/**
 * Saves a file the API returns (a ZIP, a document) under {@code fileName}: a plain link cannot
 * carry the bearer token, so the browser fetches it and hands the bytes to a temporary link.
 */
export async function download(path, fileName) {
  const headers = { 'Accept-Language': currentLanguage() };
  const token = await bearer();
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  let response;
  try {
    response = await fetch(`/api${path}`, { headers });
  } catch (e) {
    throw new ApiError(0, { title: t('error.offline') });
  }
  if (!response.ok) {
    const type = response.headers.get('Content-Type') || '';
    const problem = type.includes('json') ? await response.json() : null;
    throw new ApiError(response.status, problem || { title: t('error.status', { status: response.status }) });
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
