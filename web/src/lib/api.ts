import { getLocale, type Translate } from './i18n.ts';

/** An error the API answered with (`{ error: { code, message, details } }`), or a network failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details: unknown = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RequestOptions = {
  method?: Method;
  /** JSON, or a file (a Blob) sent as the raw body. */
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
};

let csrfToken: string | null = null;

/** Remembers the session's CSRF token; the session query calls this whenever it reads the session. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Every API URL carries the UI language, so that the server's messages come in it. */
function apiUrl(path: string, query: RequestOptions['query']): string {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  url.searchParams.set('lang', getLocale());
  return `${url.pathname}${url.search}`;
}

function isErrorBody(
  value: unknown,
): value is { error: { code: string; message: string; details?: unknown } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

async function send(path: string, options: RequestOptions, token: string | null): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  // A file goes as it is, typed by its own Content-Type; anything else as JSON.
  const file = options.body instanceof Blob ? options.body : null;
  if (options.body !== undefined)
    headers['content-type'] = file ? file.type || 'application/octet-stream' : 'application/json';
  if (method !== 'GET' && token) headers['x-csrf-token'] = token;
  try {
    return await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: file ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK', '');
  }
}

async function currentCsrfToken(): Promise<string | null> {
  if (csrfToken) return csrfToken;
  const response = await send('/api/session', {}, null);
  if (!response.ok) return null;
  const session: unknown = await response.json();
  if (typeof session === 'object' && session !== null && 'csrfToken' in session) {
    csrfToken = typeof session.csrfToken === 'string' ? session.csrfToken : null;
  }
  return csrfToken;
}

/**
 * Calls the Samspel API: same-origin cookies, JSON in and out, the CSRF token on every change,
 * and the UI language. Throws an ApiError carrying the server's localized message.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const token = method === 'GET' ? null : await currentCsrfToken();
  const response = await send(path, options, token);
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (isErrorBody(payload)) {
      const { code, message, details } = payload.error;
      throw new ApiError(response.status, code, message, details ?? null);
    }
    throw new ApiError(response.status, 'HTTP', '');
  }
  // The server validates every reply against the same contract these types come from.
  return payload as T;
}

/** The message to show for a failed call: the server's own (localized) words when there are any. */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.message) return error.message;
    if (error.code === 'NETWORK') return t('web.error.network');
  }
  return t('web.error.unexpected');
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
