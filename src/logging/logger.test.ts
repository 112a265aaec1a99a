import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, SCRUBBED } from './logger.ts';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _e, cb) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      cb();
    },
  });
  return { logger: createLogger('info', sink), lines };
}

describe('PHI-safe logging', () => {
  it('R25 drops keys that are not on the allow-list (bodies, URLs, SQL parameters)', () => {
    const { logger, lines } = capture();
    logger.info({ body: { note: 'Client Jane Roe' }, sqlParams: ['Jane Roe'], query: 'x=1', route: '/api/notes/:id' }, 'request completed');
    expect(lines[0]).toMatchObject({ route: '/api/notes/:id', droppedKeys: 3 });
    expect(JSON.stringify(lines[0])).not.toContain('Jane');
  });

  it('R25 replaces free text in allowed keys with a marker', () => {
    const { logger, lines } = capture();
    logger.info({ resourceId: 'note 12 for Jane Roe', kind: 'soap' }, 'note saved');
    expect(lines[0]).toMatchObject({ resourceId: SCRUBBED, kind: 'soap' });
  });

  it('R25 logs errors by type and code, with their message scrubbed by the de-identification engine', () => {
    const { logger, lines } = capture();
    const err = Object.assign(new Error('duplicate key value (email)=(jane.roe@example.test) for Jane Roe, phone 555-867-5309'), { code: '23505' });
    logger.error({ err, errorId: '5b1c0a4e-0000-4000-8000-000000000001' }, 'unhandled error');
    const text = JSON.stringify(lines[0]);
    expect(text).not.toContain('jane.roe');
    expect(text).not.toContain('Roe');
    expect(text).not.toContain('867');
    expect(lines[0]).toMatchObject({ err: { type: 'Error', code: '23505' } });
    expect(String((lines[0]?.err as { message: string }).message)).toContain('duplicate key value');
  });

  it('R25 removes secrets even inside nested objects', () => {
    const { logger, lines } = capture();
    logger.info({ err: { token: 'abc', password: 'hunter2' } }, 'x');
    expect(JSON.stringify(lines[0])).not.toContain('hunter2');
  });
});
