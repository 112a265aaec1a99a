// npm run bench:egress — how many identifier tokens reach an AI provider (issue 14, item 6; R27).
//
// Each note is drafted through the gateway's whole path — createDraft(): gate, sealed input,
// segmenting, pseudonymisation, the prompt — with the real `openai` SDK over real HTTP to a
// loopback server that speaks the Chat Completions API, records every request body and answers
// with a grounded draft (test/ai-stubs.ts). No known names are given: the client's label is a
// pair of initials that occurs in no note, and no known people are stored.
//
// What reached the provider is read from the recorded request, not from Tacet's own return
// values: each segment sent is aligned token by token with the same segment of the original note
// (placeholders taken out first), and a gold identifier token counts as leaked when any of it was
// sent. Token level, as bench/deid/score.ts; employers and schools (ORG) are reported apart and
// left out of the totals, as in the corpora's convention.
//
// Inputs, none tuned on by this benchmark: the PhysioNet held-out quarter (patients whose id mod 4
// is 3), and therapist-style notes written for Tacet (bench/egress/notes.jsonl held out,
// notes-dev.jsonl and notes-dev2/3/4/5.jsonl for development, each reported on its own line;
// and notes-held3.jsonl, a blind held-out set reported by totals only, even with --show).
//   npm run bench:egress [-- --dev] [-- --show]
//     --dev       also runs the development notes and the PhysioNet dev quarters
//     --dev-only  runs the development inputs alone (for tuning: no held-out line or leak is printed)
//     --show  prints the leaked values of Tacet's own synthetic notes (never PhysioNet's)
//     --gen8 / --gen8-aside  with --dev or --dev-only: round 8's generated notes, DEV / set aside (totals only)
//     --gen9 / --gen9-aside  likewise for round 9's generated notes (bench/egress/notes-gen9.ts)
//     --heldout-leaks  also lists the held-out inputs' leak shapes (by default only their totals print;
//                      the blind v3 set never lists them)
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/config.ts';
import { openRuntime } from '../src/platform/runtime.ts';
import { withTenant, type TenantContext, type Tx } from '../src/db/tenant.ts';
import { loadDeidResources } from '../src/deid/index.ts';
import { createDraft, defaultProviderFor } from '../src/features/ai/gateway.ts';
import { segmentSource } from '../src/features/ai/grounding.ts';
import { seedPractice } from '../test/factories.ts';
import { startAiStub, type RecordedRequest } from '../test/ai-stubs.ts';
import { markSent, shape, tokens } from './egress/align.ts';
import { physionetNotes, writtenNotes, type EgressNote } from './egress/notes.ts';
import { ASIDE as GEN8_ASIDE, DEV as GEN8_DEV } from './egress/notes-gen8.ts';
import { ASIDE as GEN9_ASIDE, DEV as GEN9_DEV } from './egress/notes-gen9.ts';

const NEUTRAL = new Set(['ORG']);
interface Tally {
  gold: number;
  leaked: number;
}
interface Leak {
  source: string;
  type: string;
  shape: string;
  value: string;
  synthetic: boolean;
}

function userPayload(req: RecordedRequest): { segments: Array<{ id: string; text: string }>; goals: Array<{ text: string }> } {
  const messages = (req.json.messages ?? []) as Array<{ role: string; content: string }>;
  const user = messages.find((m) => m.role === 'user');
  if (user === undefined) throw new Error('recorded request has no user message');
  return JSON.parse(user.content) as { segments: Array<{ id: string; text: string }>; goals: Array<{ text: string }> };
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  await loadDeidResources();
  const stub = await startAiStub();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-bench-egress-'));
  const rt = await openRuntime(loadConfig({ TACET_DATA_DIR: dataDir, LOG_LEVEL: 'silent', AI_OPENAI_BASE_URL: `${stub.url}/v1`, AI_OPENAI_MODEL: 'egress-recorder', AI_MAX_RETRIES: '0' }));
  try {
    const p = await seedPractice(rt.db, 'Egress');
    const ctx: TenantContext = { practiceId: p.practiceId, userId: p.users.practitioner, roles: ['practitioner'] };
    const tenant = <T>(fn: (trx: Tx, c: TenantContext) => Promise<T>): Promise<T> => withTenant(rt.db, ctx, fn);
    const clientId = crypto.randomUUID();
    const vendorId = crypto.randomUUID();
    await tenant((trx) =>
      trx
        .insertInto('clients')
        .values({ id: clientId, practice_id: p.practiceId, owner_id: ctx.userId, label: 'ZQ', label_kind: 'initials', birth_year: 1980, pronouns: null, contact_notes_sealed: null, known_people_sealed: null, transcript_deletion_days: null, safety_flag_at: null })
        .execute(),
    );
    await withTenant(rt.db, { practiceId: p.practiceId, userId: p.users.owner, roles: ['owner'] }, async (trx) => {
      await trx.insertInto('subprocessors').values({ id: vendorId, practice_id: p.practiceId, name: 'Egress recorder', category: 'ai', provider: 'openai', purpose: 'Benchmark', data_categories: [], baa_status: 'signed', baa_signed_on: '2026-01-01', zero_retention: true, no_training: true }).execute();
      await trx.updateTable('practice_settings').set({ ai_enabled: true, ai_provider: 'openai', ai_vendor_id: vendorId }).where('practice_id', '=', p.practiceId).execute();
    });

    // blind: a set whose leaked values and shapes are never printed, even with --show, so it cannot be
    // tuned on; only its totals and per-type totals appear.
    // heldOut: its leak shapes are listed only with --heldout-leaks (a later review), so that the
    // default run, which every tuning round also makes, shows held-out totals and nothing to tune on.
    const sources: Array<{ name: string; notes: EgressNote[]; synthetic: boolean; blind?: boolean; heldOut?: boolean }> = [];
    // --dev-only leaves the held-out inputs out altogether, so tuning runs never print their leaks.
    const devOnly = args.has('--dev-only');
    const physio = devOnly ? undefined : physionetNotes('heldout');
    if (physio) sources.push({ name: 'PhysioNet held-out quarter (patient id mod 4 = 3)', notes: physio, synthetic: false, heldOut: true });
    else if (!devOnly) console.error('PhysioNet corpus not found (set TACET_CORPORA); running the written notes only.');
    if (!devOnly) {
      sources.push({ name: 'therapist-style notes, held out (bench/egress/notes.jsonl)', notes: writtenNotes('heldout'), synthetic: true, heldOut: true });
      sources.push({ name: 'therapist-style notes, held out v3 (blind) (bench/egress/notes-held3.jsonl)', notes: writtenNotes('held3'), synthetic: true, blind: true });
    }
    if (args.has('--dev') || devOnly) {
      sources.push({ name: 'therapist-style notes, dev (bench/egress/notes-dev.jsonl)', notes: writtenNotes('dev'), synthetic: true });
      sources.push({ name: 'therapist-style notes, dev batch 2 (bench/egress/notes-dev2.jsonl)', notes: writtenNotes('dev2'), synthetic: true });
      sources.push({ name: 'therapist-style notes, dev batch 3 (bench/egress/notes-dev3.jsonl)', notes: writtenNotes('dev3'), synthetic: true });
      sources.push({ name: 'therapist-style notes, dev batch 4 (bench/egress/notes-dev4.jsonl)', notes: writtenNotes('dev4'), synthetic: true });
      sources.push({ name: 'therapist-style notes, dev batch 5 (bench/egress/notes-dev5.jsonl)', notes: writtenNotes('dev5'), synthetic: true });
      // Round 8's generated therapist notes (bench/egress/notes-gen8.ts): DEV with --gen8; its
      // set-aside part with --gen8-aside, blind (totals only), scored once at the end of the round.
      if (args.has('--gen8')) sources.push({ name: 'therapist notes, generated round 8 DEV (bench/egress/notes-gen8.ts)', notes: GEN8_DEV, synthetic: true });
      if (args.has('--gen8-aside')) sources.push({ name: 'therapist notes, generated round 8 ASIDE (set aside: totals only)', notes: GEN8_ASIDE, synthetic: true, blind: true });
      // Round 9's generated notes (bench/egress/notes-gen9.ts): other formats and voices, same rules.
      if (args.has('--gen9')) sources.push({ name: 'therapist notes, generated round 9 DEV (bench/egress/notes-gen9.ts)', notes: GEN9_DEV, synthetic: true });
      if (args.has('--gen9-aside')) sources.push({ name: 'therapist notes, generated round 9 ASIDE (set aside: totals only)', notes: GEN9_ASIDE, synthetic: true, blind: true });
      const physioDev = physionetNotes('dev');
      if (physioDev) sources.push({ name: 'PhysioNet dev three quarters', notes: physioDev, synthetic: false });
    }

    const provider = () => defaultProviderFor('openai', rt.config);
    const leaks: Leak[] = [];
    console.log('Egress: identifier tokens of the input that reached the OpenAI-compatible provider (token level; ORG apart).\n');
    for (const src of sources) {
      const byType = new Map<string, Tally>();
      const total: Tally = { gold: 0, leaked: 0 };
      let failed = 0;
      let requests = 0;
      for (const note of src.notes) {
        const before = stub.requests.length;
        try {
          await createDraft(rt, tenant, clientId, { format: 'soap', source: { kind: note.kind, text: note.text }, sessionId: null, planId: null }, { providerFor: provider });
        } catch {
          failed++; // the request, if one was made, is still counted below
        }
        const reqs = stub.requests.slice(before);
        requests += reqs.length;
        const sent = new Uint8Array(note.text.length);
        const segs = segmentSource(note.kind, note.text);
        for (const req of reqs) {
          const payload = userPayload(req);
          for (const s of payload.segments) {
            const seg = segs.find((g) => g.id === s.id);
            // A segment Tacet did not cut itself would be a change in the gateway: count it all as sent.
            if (seg === undefined) sent.fill(1);
            else markSent(note.text, seg.start, seg.end, s.text, sent);
          }
        }
        for (const sp of note.spans) {
          for (const tk of tokens(note.text.slice(sp.start, sp.end), sp.start)) {
            const t = byType.get(sp.type) ?? { gold: 0, leaked: 0 };
            byType.set(sp.type, t);
            t.gold++;
            if (!NEUTRAL.has(sp.type)) total.gold++;
            if (sent.subarray(tk.start, tk.end).includes(1)) {
              t.leaked++;
              if (!NEUTRAL.has(sp.type)) total.leaked++;
            }
          }
          if (!src.blind && !(src.heldOut === true && !args.has('--heldout-leaks')) && !NEUTRAL.has(sp.type) && tokens(note.text.slice(sp.start, sp.end), sp.start).some((tk) => sent.subarray(tk.start, tk.end).includes(1))) {
            leaks.push({ source: src.name, type: sp.type, shape: shape(sp.value), value: sp.value, synthetic: src.synthetic });
          }
        }
      }
      const pct = total.gold ? ((100 * total.leaked) / total.gold).toFixed(1) : '-';
      console.log(`${src.name}: ${src.notes.length} notes, ${requests} provider requests, ${failed} drafts failed`);
      console.log(`  identifier tokens that reached the provider: ${total.leaked} of ${total.gold} (${pct} %)`);
      for (const [type, t] of [...byType].sort()) console.log(`    ${type.padEnd(12)} ${String(t.leaked).padStart(4)} of ${String(t.gold).padStart(4)}${NEUTRAL.has(type) ? '   (neutral: not in the total)' : ''}`);
      console.log('');
    }

    // The leaked kinds: type and shape, grouped; values only for Tacet's own synthetic notes.
    const kinds = new Map<string, number>();
    for (const l of leaks) {
      const k = `${l.source} | ${l.type} | ${l.shape}${args.has('--show') && l.synthetic ? ` | ${l.value}` : ''}`;
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
    }
    console.log(`Leaked identifiers (spans, by source | type | shape${args.has('--show') ? ' | value of synthetic notes' : ''}):`);
    for (const [k, n] of [...kinds].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${String(n).padStart(3)}× ${k}`);
  } finally {
    await rt.close();
    await stub.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
