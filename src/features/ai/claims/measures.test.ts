// Round vnum (issue 15, 2026-12-07): quantities read as measurements — value, unit, measure, time —
// and the changes between them (measures.ts). Our own synthetic sentences.
import { describe, expect, it } from 'vitest';
import { verifyClaimRules } from './index.ts';
import { boundedAbsenceAgrees, measureConflicts, readingsOf } from './measures.ts';

const contra = (draft: string, src: string[]): string => measureConflicts(draft, src).join(' | ');

describe('claims: quantities as measurements (round vnum)', () => {
  it('R03 a reading has a value in its kind, a measure and a time', () => {
    const rs = readingsOf('K10 = 31 today (was 24 at referral). Sleeping about 5 hours a night. Gaming x4 this week.');
    expect(rs.find((r) => r.v === 24)).toMatchObject({ kind: 'score', when: 'before' });
    expect(rs.find((r) => r.v === 31)).toMatchObject({ kind: 'score', now: true });
    expect(rs.find((r) => r.kind === 'duration')?.v).toBeCloseTo(5 / 24);
    expect(rs.find((r) => r.kind === 'rate')?.v).toBe(4);
  });

  it('R03 a change turned round is contradicted with both values; a faithful restatement passes', () => {
    const src = ['O: K10 = 24 today (was 31 at referral). Client (Ms Pell Arkwright, synthetic) looks brighter.'];
    expect(contra('Her K10 climbed from 24 to 31.', src)).toMatch(/k10 went down \(from 31 to 24\)/);
    expect(contra('Her K10 score has gone up since referral.', src)).toMatch(/went down/);
    expect(contra('K10 seven points lower than at referral.', src)).toBe('');
    expect(contra('Her K10 has improved, 31 → 24.', src)).toBe('');
  });

  it('R03 better and worse follow the measure: more sleep is better, a higher symptom score is worse', () => {
    const src = ['Sleep up to 6.5 hours from 4 hours since the routine began. Nightmares down from 5 a week to 1 a week.'];
    expect(contra('His sleep has worsened.', src)).toMatch(/sleep went up/);
    expect(contra('Sleep has improved to six and a half hours.', src)).toBe('');
    expect(contra('Nightmares are worse.', src)).toMatch(/nightmar/);
    expect(contra('Nightmares have eased to about once a week.', src)).toBe('');
  });

  it('R03 two headed sessions compared the wrong way, and a value given to the wrong session', () => {
    const src = ['Session 2 (synthetic client Mr Osric Fenn): smoking 15 cigarettes/day. Urge rating 7/10.', 'Session 5: smoking 6 cigarettes/day. Urge rating 3/10.'];
    expect(contra('He smoked more at session 5 than at session 2.', src)).toMatch(/at session 5.*at session 2/);
    expect(contra('Between session 2 and session 5 his urges grew stronger and intensified.', src)).toMatch(/urg/);
    expect(contra('He smoked fewer cigarettes at session 5 than at session 2.', src)).toBe('');
    expect(contra('His urge ratings more than halved between the sessions.', src)).toBe('');
  });

  it('R03 the earlier value given as now, another number, a bound and a frequency', () => {
    const src = ['Gym 3 days a week now, compared with 1 day a week in spring. Screen use around 6 hours a day. Reviews every 4 weeks.'];
    expect(contra('She now goes to the gym 1 day a week.', src)).toMatch(/earlier value/);
    expect(contra('Screen use is roughly 2 hours a day.', src)).toMatch(/source says 6/);
    expect(contra('Screen use is under 3 hours a day.', src)).toMatch(/less than/);
    expect(contra('Reviews are weekly.', src)).toMatch(/0\.25 a week; draft says 1 a week/);
    expect(contra('Reviews happen monthly.', src)).toBe('');
  });

  it('R03 units written otherwise agree: minutes and hours, weeks and months, mg and g', () => {
    const src = ['Walks 90 min daily. Paracetamol 1 g qds. Follow-up in 8 weeks.'];
    expect(contra('He walks for an hour and a half each day.', src)).toBe('');
    expect(contra('Paracetamol 1000 mg four times a day.', src)).toBe('');
    expect(contra('Follow-up in about two months.', src)).toBe('');
    expect(contra('Follow-up in 8 months.', src)).toMatch(/8 weeks; draft says 8 months|56 days|months/);
  });

  it('R03 a limit is not a move, and a limit of another size is contradicted', () => {
    const src = ['Lorazepam 0.5 mg as needed, no more than twice daily.'];
    expect(contra('Lorazepam can be taken up to 4 times a day.', src)).toMatch(/limit/);
    expect(contra('Lorazepam at most twice a day.', src)).toBe('');
  });

  it('R03 an absence bounded by the duration the source dates agrees', () => {
    const src = ['Client (Mx Tamsin Quarrie, synthetic) reports bingeing last happened 6 weeks ago; previously twice weekly.'];
    expect(boundedAbsenceAgrees('No bingeing for six weeks.', src)).toBe(true);
    expect(boundedAbsenceAgrees('No bingeing for six months.', src)).toBe(false);
  });

  it('R03 the verifier labels a reversed change CONTRADICTED and a faithful restatement SUPPORTED', () => {
    const src = ['Session 4 note (synthetic client Mr Bram Tolliver): drinking 2 cans a day, down from 8 cans a day in March.'];
    expect(verifyClaimRules('He is drinking more than in March.', src).label).toBe('CONTRADICTED');
    expect(verifyClaimRules('He is drinking 2 cans a day, down from 8 cans a day in March.', src).label).toBe('SUPPORTED');
  });
});
