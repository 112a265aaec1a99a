// The test clock cannot reach production: the only movable Clock lives in test/clock.ts, and no
// source under src/ (tests aside) imports it. openRuntime() falls back to the real clock.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemClock } from './clock.ts';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('the production clock', () => {
  it('R39 is the real time and gives the database no instant of its own', () => {
    const before = Date.now();
    const t = systemClock.now().getTime();
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(Date.now());
    expect(systemClock.databaseInstant()).toBeNull();
    expect(Object.isFrozen(systemClock)).toBe(true);
  });

  it('R39 no production source imports or names the test clock', () => {
    const offenders = sources(path.resolve('src')).filter((f) => /from ['"](\.\.\/)+test\/clock|new TestClock/.test(fs.readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
