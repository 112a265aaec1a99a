// The log scrubber's hook (R25): anything that may be PHI becomes `[TYPE]`. Logs are short and
// must never fail to be written, so this never throws; on any internal error it returns a fixed
// marker rather than the raw text.
import { detect } from './detect.ts';

/** Longer messages are cut before scanning: a log line is not a transcript. */
const MAX = 64 * 1024;

export function scrubFreeText(text: string): string {
  try {
    let s = typeof text === 'string' ? text : String(text);
    if (s.length > MAX) s = s.slice(0, MAX) + '…[truncated]';
    const spans = detect(s);
    let out = '';
    let pos = 0;
    for (const sp of spans) {
      out += s.slice(pos, sp.start) + `[${sp.type}]`;
      pos = sp.end;
    }
    out += s.slice(pos);
    // Belt and braces: any remaining run of 4+ digits (an identifier the detectors did not type).
    return out.replace(/\d[\d\s./-]{2,}\d/g, (m) => (/\d{4}|(?:\d\D?){5}/.test(m) ? '[NUMBER]' : m));
  } catch {
    return '[unscrubbable text removed]';
  }
}
