// The loop every regex detector runs, in one place (five detector modules each carried a copy).
import type { PhiType } from './types.ts';

/** What a detector calls for each span it proposes. */
export type Push = (start: number, end: number, type: PhiType, prio: number) => void;

/** Every match of a global regex over the whole text; an empty match moves on by one character. */
export function scan(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}
