import { describe, expect, it } from 'vitest';
import { score, trend } from './scoring.ts';

const phq = (total: number, item9 = 0): number[] => {
  const items = [0, 0, 0, 0, 0, 0, 0, 0, item9];
  let left = total - item9;
  for (let i = 0; i < 8 && left > 0; i++) {
    items[i] = Math.min(3, left);
    left -= items[i] ?? 0;
  }
  return items;
};
const pt = (total: number) => ({ at: '2026-01-01T00:00:00.000Z', total, severity: '' });

describe('scoring', () => {
  it.each([
    [0, 'minimal'], [4, 'minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'],
    [15, 'moderately_severe'], [19, 'moderately_severe'], [20, 'severe'], [27, 'severe'],
  ])('R05 PHQ-9 total %i is %s (Kroenke et al. 2001)', (total, band) => {
    expect(score('phq9', total > 24 ? phq(total, 3) : phq(total))).toMatchObject({ total, severity: band });
  });

  it.each([[0, 'minimal'], [4, 'minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'], [15, 'severe'], [21, 'severe']])(
    'R05 GAD-7 total %i is %s (Spitzer et al. 2006)',
    (total, band) => {
      const items = [0, 0, 0, 0, 0, 0, 0];
      let left = total;
      for (let i = 0; i < 7; i++) {
        items[i] = Math.min(3, left);
        left -= items[i] ?? 0;
      }
      expect(score('gad7', items)).toMatchObject({ total, severity: band });
    },
  );

  it('R05 PCL-5 totals 0–80 with the provisional threshold at 33', () => {
    expect(score('pcl5', Array<number>(20).fill(1))).toMatchObject({ total: 20, severity: 'below_threshold' });
    expect(score('pcl5', [...Array<number>(8).fill(4), 1, ...Array<number>(11).fill(0)])).toMatchObject({ total: 33, severity: 'probable_ptsd' });
  });

  it('R05 PHQ-9 item 9 above 0 raises the safety flag, whatever the total', () => {
    expect(score('phq9', phq(1, 1)).safetyFlag).toBe(true);
    expect(score('phq9', phq(20, 0)).safetyFlag).toBe(false);
  });

  it('R05 refuses out-of-range items', () => {
    expect(() => score('phq9', [4, 0, 0, 0, 0, 0, 0, 0, 0])).toThrow(RangeError);
    expect(() => score('gad7', [0, 0, 0])).toThrow(RangeError);
  });

  it('R05 reliable change: PHQ-9 ≥ 6, GAD-7 ≥ 4 (Jacobson & Truax 1991)', () => {
    expect(trend('phq9', [pt(14), pt(9)])).toMatchObject({ change: -5, reliableChange: false, category: 'unchanged' });
    expect(trend('phq9', [pt(20), pt(14)])).toMatchObject({ change: -6, reliableChange: true, clinicallySignificant: false, category: 'improved' });
    expect(trend('phq9', [pt(8), pt(14)])).toMatchObject({ reliableChange: true, category: 'deteriorated' });
    expect(trend('gad7', [pt(12), pt(9)])).toMatchObject({ reliableChange: false });
    expect(trend('gad7', [pt(13), pt(9)])).toMatchObject({ reliableChange: true, clinicallySignificant: false });
  });

  it('R05 clinically significant change: reliable improvement crossing below 10 (PHQ-9) or 8 (GAD-7)', () => {
    expect(trend('phq9', [pt(15), pt(9)])).toMatchObject({ clinicallySignificant: true, category: 'recovered' });
    expect(trend('phq9', [pt(12), pt(9)])).toMatchObject({ clinicallySignificant: false, category: 'unchanged' });
    expect(trend('gad7', [pt(11), pt(7)])).toMatchObject({ clinicallySignificant: true, category: 'recovered' });
    expect(trend('gad7', [pt(7), pt(3)])).toMatchObject({ clinicallySignificant: false, category: 'improved' });
  });

  it('R05 a single administration has no change yet', () => {
    expect(trend('phq9', [pt(12)])).toMatchObject({ count: 1, baseline: 12, latest: 12, change: null, category: null });
  });
});
