// The one way the web application talks to Tacet. Same origin, cookies only (credentials:
// 'same-origin'), and every write carries the session's CSRF token in x-csrf-token — the server
// refuses cookie-authenticated writes without it. The token lives in this module's memory only,
// never in browser storage, and is read again from GET /api/auth/session whenever the session
// changes (sign-in, second factor: both start a new session with a new token).

import { sentenceFor } from './errors.ts';

export interface ApiErrorBody {
  error: { code: string; message: string; id: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Set when a failed AI draft kept its input on the server, to retry or discard. */
    readonly draftId: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface SessionInfo {
  stage: 'partial' | 'full';
  user: { id: string; name: string; email: string };
  practice: { id: string; name: string } | null;
  roles: string[];
  csrfToken: string;
  secondFactor: 'verify' | 'enroll' | 'done';
  idleTimeoutSeconds: number;
  idleRemainingSeconds: number;
  absoluteRemainingSeconds: number;
}

let csrfToken: string | null = null;
type Listener = (err: ApiError) => void;
const expiryListeners = new Set<Listener>();

/** Called when the server says the session is gone (401): the app clears itself. */
export function onSessionLost(fn: Listener): () => void {
  expiryListeners.add(fn);
  return () => expiryListeners.delete(fn);
}

/**
 * The practice was cancelled (the server answers 423 practice_cancelled), or its state changed
 * here (cancelled, restored): the cancellation gate (cancellation.tsx) looks again.
 */
const practiceStateListeners = new Set<() => void>();
export function onPracticeStateChange(fn: () => void): () => void {
  practiceStateListeners.add(fn);
  return () => practiceStateListeners.delete(fn);
}
export function practiceStateChanged(): void {
  for (const fn of practiceStateListeners) fn();
}

export function forgetCsrfToken(): void {
  csrfToken = null;
}

function isErrorBody(v: unknown): v is ApiErrorBody {
  if (typeof v !== 'object' || v === null || !('error' in v)) return false;
  const e = v.error;
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * R39: requests the app makes by itself (polls, the time-left check, autosave) say so, and the
 * server never lets them extend the session. What the person does is reported separately, by
 * session.tsx, from real input.
 */
export const BACKGROUND_HEADER = 'x-tacet-background';

interface RequestOptions {
  /** A wrong code answers 401 on sign-in steps: do not treat it as the end of the session. */
  quiet401?: boolean;
  /** Not caused by the person: never extends the session (R39). */
  background?: boolean;
  /** The body is a file sent as it is, with this content type (the CSV import). */
  raw?: string;
}

async function request<T>(method: Method, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.background === true) headers[BACKGROUND_HEADER] = '1';
  if (body !== undefined) headers['content-type'] = opts.raw ?? 'application/json';
  if (method !== 'GET') {
    if (csrfToken === null) await fetchSession().catch(() => null);
    if (csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  }
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(body !== undefined ? { body: opts.raw !== undefined ? (body as Blob) : JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'network', 'Tacet cannot be reached. Check the connection and try again.');
  }
  const text = await res.text();
  let data: unknown = null;
  if (text !== '') {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const err = isErrorBody(data)
      ? new ApiError(res.status, data.error.code, data.error.message, 'draftId' in data && typeof data.draftId === 'string' ? data.draftId : null)
      : new ApiError(res.status, 'http_error', `The request failed (${res.status}).`);
    if (res.status === 423 && err.code === 'practice_cancelled') practiceStateChanged();
    if (res.status === 401 && !opts.quiet401) {
      csrfToken = null;
      for (const fn of expiryListeners) fn(err);
    }
    throw err;
  }
  return data as T;
}

/** The current session; null when there is none. Does not extend the session (server side). */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const s = await request<SessionInfo>('GET', '/api/auth/session', undefined, { quiet401: true, background: true });
    csrfToken = s.csrfToken;
    return s;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      csrfToken = null;
      return null;
    }
    throw e;
  }
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  del: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
  /** Background work (autosave): never extends the session (R39). */
  background: {
    get: <T>(path: string) => request<T>('GET', path, undefined, { background: true }),
    patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body, { background: true }),
  },
  /** A CSV file as the raw request body (the import), with the CSRF token like every write. */
  uploadCsv: <T>(path: string, file: Blob) => request<T>('POST', path, file, { raw: 'text/csv' }),
  /** Bytes as the raw request body (a chunk of a recording's upload), with the CSRF token. */
  putBytes: <T>(path: string, bytes: Blob) => request<T>('PUT', path, bytes, { raw: 'application/octet-stream' }),
  /** A write that must not sign the app out on 401 (sign-in steps answer 401 for a wrong code). */
  postQuiet: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}, { quiet401: true }),
};

/**
 * A message fit to show: a sentence written for people (errors.ts, issue 16), from the server's
 * code and message (which never hold PHI), or a generic one.
 */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) return sentenceFor(e.code, e.message);
  return 'Something went wrong. Try again.';
}
