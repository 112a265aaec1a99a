// The chart header every note screen shows (issue 16): client label and number, session date and
// time, service code and duration, modality, clinician with credential. A note without a session
// shows its date of service. The fields come from the server's chart-header.ts, which the export's
// documents reuse, so the screen and the paper say the same.
import type { ChartHeaderData } from '../types.ts';
import { formatDate, formatDateTime } from '../ui.tsx';

export function ChartHeader({ chart }: { chart: ChartHeaderData }) {
  const rows: Array<[string, string]> = [
    ['Client', chart.client ?? 'Not shown to you'],
    chart.sessionStartsAt !== null ? ['Session', formatDateTime(chart.sessionStartsAt)] : ['Date of service', `${formatDate(chart.dateOfService)} (no session)`],
  ];
  if (chart.serviceCode !== null) {
    rows.push(['Service', `${chart.serviceCode}${chart.durationMinutes !== null ? ` · ${chart.durationMinutes} min` : ''}`]);
  }
  if (chart.modality !== null) rows.push(['Modality', chart.placeOfService !== null ? `${chart.modality} (place of service ${chart.placeOfService})` : chart.modality]);
  rows.push(['Clinician', chart.clinician ?? '—']);
  return (
    <dl className="chart-header">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
