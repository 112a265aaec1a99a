// A measure's totals over time (R05), drawn as plain SVG: severity bands as shaded stripes, the
// clinical cut-off as a dashed line, each administration as a point, and the latest point marked
// when the change from baseline is reliable (and, separately, clinically significant). Colours
// come from classes in styles.css: the CSP forbids inline style attributes, and presentation
// attributes are not needed. A table with the same numbers follows for screen readers and for
// anyone who prefers numbers to lines.
import type { InstrumentSpec, Trend } from '../types.ts';
import { formatDate } from '../ui.tsx';

const W = 560;
const H = 220;
const PAD = { l: 36, r: 16, t: 12, b: 28 };

export const bandLabel = (s: string): string => s.replace(/_/g, ' ');

export function changeSummary(t: Trend, spec: InstrumentSpec): string {
  if (t.change === null || t.baseline === null || t.latest === null) return `One score so far (${t.latest ?? '—'}).`;
  const dir = t.change < 0 ? `down ${-t.change}` : t.change > 0 ? `up ${t.change}` : 'unchanged';
  const reliable = t.reliableChange
    ? `a reliable change (at least ${spec.reliableChange} points)`
    : `not a reliable change (under ${spec.reliableChange} points)`;
  const clinical = t.clinicallySignificant ? `, and clinically significant: now below the cut-off of ${spec.cutoff}` : '';
  return `From ${t.baseline} to ${t.latest}: ${dir}, ${reliable}${clinical}.`;
}

export function ScoreChart({ trend, spec }: { trend: Trend; spec: InstrumentSpec }) {
  const max = spec.items * spec.itemMax;
  const n = trend.points.length;
  // Issue 16: points stand at their dates (a measure entered later for an earlier day goes where
  // its day is), so the gaps between administrations show as gaps.
  const times = trend.points.map((p) => new Date(p.at).getTime());
  const t0 = Math.min(...times);
  const span = Math.max(...times) - t0;
  const x = (i: number) => PAD.l + (n <= 1 || span === 0 ? (W - PAD.l - PAD.r) / 2 : (((times[i] ?? t0) - t0) * (W - PAD.l - PAD.r)) / span);
  const y = (v: number) => PAD.t + (1 - v / max) * (H - PAD.t - PAD.b);
  const line = trend.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.total).toFixed(1)}`).join(' ');
  const last = trend.points[n - 1];
  const marker = trend.clinicallySignificant ? 'marker-significant' : trend.reliableChange ? (trend.change !== null && trend.change > 0 ? 'marker-worse' : 'marker-reliable') : null;
  const ticks = spec.bands.map((b) => b.min).concat(max);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${spec.title} totals over time. ${changeSummary(trend, spec)}`} focusable="false">
        {spec.bands.map((b, i) => (
          <g key={b.label}>
            <rect className={`band band-${i}`} x={PAD.l} width={W - PAD.l - PAD.r} y={y(b.max + (i === spec.bands.length - 1 ? 0 : 1))} height={y(b.min) - y(b.max + (i === spec.bands.length - 1 ? 0 : 1))} />
            <text className="band-label" x={W - PAD.r - 4} y={y(b.min) - 4} textAnchor="end">
              {bandLabel(b.label)}
            </text>
          </g>
        ))}
        <line className="cutoff" x1={PAD.l} x2={W - PAD.r} y1={y(spec.cutoff)} y2={y(spec.cutoff)} />
        {ticks.map((v) => (
          <text key={v} className="tick" x={PAD.l - 6} y={y(v) + 4} textAnchor="end">
            {v}
          </text>
        ))}
        <path className="trend-line" d={line} />
        {trend.points.map((p, i) => (
          <circle key={`${p.at}-${i}`} className="point" cx={x(i)} cy={y(p.total)} r={4} />
        ))}
        {last !== undefined && marker !== null && <circle className={marker} cx={x(n - 1)} cy={y(last.total)} r={9} />}
        {trend.points.map((p, i) =>
          i === 0 || i === n - 1 ? (
            <text key={`d-${p.at}-${i}`} className="tick" x={x(i)} y={H - 8} textAnchor="middle">
              {formatDate(p.at)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption>
        {changeSummary(trend, spec)}
        {marker !== null && (
          <span className={`legend legend-${marker}`}>
            {' '}
            Ringed point: {trend.clinicallySignificant ? 'clinically significant change' : trend.change !== null && trend.change > 0 ? 'reliable deterioration' : 'reliable improvement'}.
          </span>
        )}{' '}
        Dashed line: clinical cut-off ({spec.cutoff}).
      </figcaption>
      <table className="table compact">
        <caption className="visually-hidden">{spec.title} scores</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Total</th>
            <th scope="col">Severity</th>
          </tr>
        </thead>
        <tbody>
          {trend.points.map((p, i) => (
            <tr key={`${p.at}-${i}`}>
              <td>{formatDate(p.at)}</td>
              <td>{p.total}</td>
              <td>{bandLabel(p.severity)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
