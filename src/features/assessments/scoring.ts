// Standardized measures (R05): item ranges, totals, severity bands, reliable and clinically
// significant change. Every threshold below is cited to its source.

export const INSTRUMENTS = ['phq9', 'gad7', 'pcl5'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export interface Band {
  min: number;
  max: number;
  label: string;
}

export interface InstrumentSpec {
  id: Instrument;
  title: string;
  items: number;
  itemMax: number;
  bands: readonly Band[];
  /** Minimum change in total that counts as reliable (Jacobson & Truax 1991 logic). */
  reliableChange: number;
  /** Clinical cut-off: clinically significant change = reliable improvement AND crossing below it. */
  cutoff: number;
  source: string;
}

export const SPECS: Readonly<Record<Instrument, InstrumentSpec>> = {
  // PHQ-9: Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity
  // measure. J Gen Intern Med 2001;16(9):606–613. Severity: 5, 10, 15, 20 = mild, moderate,
  // moderately severe, severe. Reliable change ≥ 6 points (the threshold; cf. McMillan,
  // Gilbody & Richards 2010, J Affect Disord 127:122–129, applying Jacobson & Truax 1991).
  // Clinically significant change: crossing below 10, the caseness cut-off (Kroenke et al. 2001).
  phq9: {
    id: 'phq9',
    title: 'PHQ-9 (Patient Health Questionnaire-9)',
    items: 9,
    itemMax: 3,
    bands: [
      { min: 0, max: 4, label: 'minimal' },
      { min: 5, max: 9, label: 'mild' },
      { min: 10, max: 14, label: 'moderate' },
      { min: 15, max: 19, label: 'moderately_severe' },
      { min: 20, max: 27, label: 'severe' },
    ],
    reliableChange: 6,
    cutoff: 10,
    source: 'Kroenke, Spitzer & Williams 2001; Jacobson & Truax 1991',
  },
  // GAD-7: Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized
  // anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092–1097. Severity: 5, 10, 15 =
  // mild, moderate, severe. Reliable change ≥ 4 points (the threshold, as used by NHS
  // Talking Therapies/IAPT). Clinically significant change: crossing below 8 (the cut-off;
  // 8 is the IAPT caseness threshold for GAD-7).
  gad7: {
    id: 'gad7',
    title: 'GAD-7 (Generalized Anxiety Disorder-7)',
    items: 7,
    itemMax: 3,
    bands: [
      { min: 0, max: 4, label: 'minimal' },
      { min: 5, max: 9, label: 'mild' },
      { min: 10, max: 14, label: 'moderate' },
      { min: 15, max: 21, label: 'severe' },
    ],
    reliableChange: 4,
    cutoff: 8,
    source: 'Spitzer, Kroenke, Williams & Löwe 2006; Jacobson & Truax 1991',
  },
  // PCL-5: Weathers FW et al. The PTSD Checklist for DSM-5 (PCL-5), National Center for PTSD,
  // 2013; Blevins CA et al. J Trauma Stress 2015;28(6):489–498. 20 items scored 0–4, total 0–80.
  // Provisional PTSD at 31–33; we use 33 (National Center for PTSD guidance). A change of 10 points
  // is the minimum the National Center for PTSD calls clinically meaningful; we use it as the
  // reliable-change threshold, the conservative end of their 5–10 point range.
  pcl5: {
    id: 'pcl5',
    title: 'PCL-5 (PTSD Checklist for DSM-5)',
    items: 20,
    itemMax: 4,
    bands: [
      { min: 0, max: 32, label: 'below_threshold' },
      { min: 33, max: 80, label: 'probable_ptsd' },
    ],
    reliableChange: 10,
    cutoff: 33,
    source: 'Weathers et al. 2013; Blevins et al. 2015; National Center for PTSD',
  },
};

export interface Score {
  total: number;
  severity: string;
  /** PHQ-9 item 9 (thoughts that you would be better off dead or of hurting yourself) above 0. */
  safetyFlag: boolean;
}

/** Items must already be validated for count and range (see schema.ts). */
export function score(instrument: Instrument, items: readonly number[]): Score {
  const spec = SPECS[instrument];
  if (items.length !== spec.items || items.some((v) => !Number.isInteger(v) || v < 0 || v > spec.itemMax)) {
    throw new RangeError('items out of range');
  }
  const total = items.reduce((a, b) => a + b, 0);
  const band = spec.bands.find((b) => total >= b.min && total <= b.max);
  if (band === undefined) throw new RangeError('total outside every band');
  return { total, severity: band.label, safetyFlag: instrument === 'phq9' && (items[8] ?? 0) > 0 };
}

export type ChangeCategory = 'recovered' | 'improved' | 'unchanged' | 'deteriorated';

export interface Trend {
  instrument: Instrument;
  count: number;
  baseline: number | null;
  latest: number | null;
  change: number | null;
  /** Jacobson & Truax 1991: reliable change, and clinically significant change (recovered). */
  category: ChangeCategory | null;
  reliableChange: boolean;
  clinicallySignificant: boolean;
  points: Array<{ at: string; total: number; severity: string }>;
}

/**
 * Baseline = first administration, latest = last. Lower scores are better on all three measures.
 * Recovered = reliable improvement AND moved from at/above the cut-off to below it.
 */
export function trend(instrument: Instrument, points: Array<{ at: string; total: number; severity: string }>): Trend {
  const spec = SPECS[instrument];
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined || points.length < 2) {
    return { instrument, count: points.length, baseline: first?.total ?? null, latest: last?.total ?? null, change: null, category: null, reliableChange: false, clinicallySignificant: false, points };
  }
  const change = last.total - first.total;
  const reliable = Math.abs(change) >= spec.reliableChange;
  const crossed = first.total >= spec.cutoff && last.total < spec.cutoff;
  const clinicallySignificant = reliable && change < 0 && crossed;
  const category: ChangeCategory = !reliable ? 'unchanged' : change > 0 ? 'deteriorated' : clinicallySignificant ? 'recovered' : 'improved';
  return { instrument, count: points.length, baseline: first.total, latest: last.total, change, category, reliableChange: reliable, clinicallySignificant, points };
}
