// Sign-in keeps the page asked for. The path rides in the router's state (memory only, never
// browser storage) and, across the emailed link, with the link on the server. Only a path of
// this app is followed: never "//host", a scheme, a backslash or a query (no open redirect).
// The server applies the same rule (NEXT_PATH in src/features/auth/magic-link.ts).
const SAME_ORIGIN_PATH = /^\/(?:[A-Za-z0-9._~-][A-Za-z0-9._~/-]*)?$/;

/** The page to return to from router state, or undefined. Sign-in screens themselves are not. */
export function returnPath(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('from' in state)) return undefined;
  const from = state.from;
  if (typeof from !== 'string' || from.length > 300 || !SAME_ORIGIN_PATH.test(from)) return undefined;
  if (from === '/' || /^\/(signin|signup|second-factor)(\/|$)/.test(from)) return undefined;
  return from;
}
