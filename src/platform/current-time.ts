// The application's "now" for scheduling rules (issue 16): whether a session's time has come,
// whether a measure's date is in the future. Read here and nowhere else, so the test clock (issue
// 16, src/platform/clock.ts on its own branch) replaces it with a one-line change.
export function currentTime(): Date {
  return new Date();
}
