import { ApiProblem, ProblemDetail } from './problem';

/**
 * The interface's only way to the ledger: the public HTTP API, as an integrator would use it. The browser's session
 * cookie (HttpOnly, never readable here) authenticates; every state-changing request carries the CSRF token from the
 * XSRF-TOKEN cookie in the X-XSRF-TOKEN header (docs/sign-in.md).
 */
const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';

export function csrfToken(cookies: string = document.cookie): string | undefined {
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) {
      return decodeURIComponent(value.join('='));
    }
  }
  return undefined;
}

export interface WriteOptions {
  /** the same key on a retry makes the write happen once (docs/errors.md, Idempotency-Key) */
  idempotencyKey?: string;
}

async function request<T>(method: string, path: string, body?: unknown, options: WriteOptions = {}): Promise<T> {
  // X-Requested-With: the page's own script asks, so a 401 comes without a Basic challenge, which would open the
  // browser's password dialog (deploy: SecurityProblems)
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const token = csrfToken();
    if (token) {
      headers[CSRF_HEADER] = token;
    }
  }
  if (options.idempotencyKey) {
    headers['Idempotency-Key'] = options.idempotencyKey;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiProblem(0, { title: 'Geen verbinding', detail: 'Het casusregister is niet bereikbaar.' });
  }
  const text = await response.text();
  const parsed: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const problem: ProblemDetail =
      parsed && typeof parsed === 'object' ? (parsed as ProblemDetail) : { status: response.status };
    throw new ApiProblem(response.status, problem);
  }
  return parsed as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** a fresh Idempotency-Key for one user action; kept by the form across its retries */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown, options?: WriteOptions) => request<T>('POST', path, body ?? {}, options),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** `?a=1&b=2` from the parameters that have a value; empty values are left out */
export function query(parameters: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
