// SQL `date` values as YYYY-MM-DD. Both drivers hand dates over as local-midnight Date objects,
// so the local calendar fields are the stored date (UTC fields could shift it by a day).
export function isoDate(d: Date | string): string {
  if (typeof d === 'string') return d.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const isoDateOrNull = (d: Date | string | null): string | null => (d === null ? null : isoDate(d));
