import { readPeriod } from '../../engine';

/** Calendar months a Tidplan spans, first and last counted ("Juli 2021 – april 2022" → 10). */
export function tidplanMonths(text: string): number | undefined {
  const r = readPeriod(text);
  if (r.kind !== 'period' || !r.ranged || r.period.end === undefined) return undefined;
  const [sy, sm] = r.period.start.split('-').map(Number) as [number, number];
  const [ey, em] = r.period.end.split('-').map(Number) as [number, number];
  return (ey - sy) * 12 + em - sm + 1;
}
