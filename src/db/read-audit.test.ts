import { describe, expect, it } from 'vitest';
import { ReadAuditWriter } from './read-audit.ts';
import type { PendingAuditRow } from './tenant-driver.ts';

const PRACTICE_A = '11111111-1111-4111-8111-111111111111';
const PRACTICE_B = '22222222-2222-4222-8222-222222222222';

function row(practiceId: string, resourceId: string): PendingAuditRow {
  return {
    practice_id: practiceId,
    actor_id: null,
    actor_role: 'practitioner',
    action: 'note.read',
    resource_type: 'note',
    resource_id: resourceId,
    outcome: 'success',
    request_id: null,
    ip: null,
    user_agent: null,
    metadata: null,
  };
}

/** A write that takes a turn of the event loop, like a round trip, and records what it was given. */
function recordingWrite(fail: (r: PendingAuditRow) => boolean = () => false) {
  const writes: Array<{ practiceId: string; ids: string[] }> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const write = async (practiceId: string, rows: PendingAuditRow[]) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((r) => setTimeout(r, 5));
    inFlight--;
    writes.push({ practiceId, ids: rows.map((r) => r.resource_id ?? '') });
    if (rows.some(fail)) throw new Error('refused by the database');
  };
  return { write, writes, maxInFlight: () => maxInFlight };
}

describe('read audit group commit', () => {
  it('R24 the first event is written at once; events arriving meanwhile share the next write, in order', async () => {
    const w = recordingWrite();
    const writer = new ReadAuditWriter(w.write);
    const first = writer.record([row(PRACTICE_A, '0')]);
    const rest = Array.from({ length: 9 }, (_, i) => writer.record([row(PRACTICE_A, `${i + 1}`)]));
    await Promise.all([first, ...rest]);
    expect(w.writes).toEqual([
      { practiceId: PRACTICE_A, ids: ['0'] },
      { practiceId: PRACTICE_A, ids: ['1', '2', '3', '4', '5', '6', '7', '8', '9'] },
    ]);
    expect(w.maxInFlight()).toBe(1);
  });

  it('R24 practices are written apart, each under its own context, concurrently', async () => {
    const w = recordingWrite();
    const writer = new ReadAuditWriter(w.write);
    await writer.record([row(PRACTICE_A, 'a1'), row(PRACTICE_B, 'b1'), row(PRACTICE_A, 'a2')]);
    expect(w.writes).toHaveLength(3);
    expect(w.writes.filter((x) => x.practiceId === PRACTICE_A).flatMap((x) => x.ids)).toEqual(['a1', 'a2']);
    expect(w.writes.filter((x) => x.practiceId === PRACTICE_B).flatMap((x) => x.ids)).toEqual(['b1']);
    expect(w.maxInFlight()).toBe(2);
  });

  it('R24 a refused event fails only its own read, not the reads it shared a batch with', async () => {
    const w = recordingWrite((r) => r.resource_id === 'bad');
    const writer = new ReadAuditWriter(w.write);
    const first = writer.record([row(PRACTICE_A, 'first')]);
    const good1 = writer.record([row(PRACTICE_A, 'good1')]);
    const bad = writer.record([row(PRACTICE_A, 'bad')]);
    const good2 = writer.record([row(PRACTICE_A, 'good2')]);
    const settled = await Promise.allSettled([first, good1, bad, good2]);
    expect(settled.map((x) => x.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((settled[2] as PromiseRejectedResult).reason).toMatchObject({ message: 'refused by the database' });
    // The shared batch failed, then each of its rows was tried alone.
    expect(w.writes.map((x) => x.ids)).toEqual([['first'], ['good1', 'bad', 'good2'], ['good1'], ['bad'], ['good2']]);
  });

  it('R24 batches are bounded', async () => {
    const w = recordingWrite();
    const writer = new ReadAuditWriter(w.write, 3);
    await Promise.all(Array.from({ length: 8 }, (_, i) => writer.record([row(PRACTICE_A, `${i}`)])));
    expect(w.writes.map((x) => x.ids.length)).toEqual([1, 3, 3, 1]);
  });
});
