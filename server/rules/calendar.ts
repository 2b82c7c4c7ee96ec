import type { Jurisdiction } from '../../common/roles.ts';

const timeZones: Record<Jurisdiction, string> = { se: 'Europe/Stockholm', no: 'Europe/Oslo' };

/** Today's date (YYYY-MM-DD) where the municipality is, which is what dated rules mean by "today". */
export function todayIn(jurisdiction: Jurisdiction, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: timeZones[jurisdiction] }).format(now);
}

/** The day before a date (YYYY-MM-DD), for ending one thing when the next begins. */
export function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The day after a date (YYYY-MM-DD), for what begins when something ends. */
export function dayAfter(isoDate: string): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Whether two date ranges (inclusive; a missing end is open) overlap. */
export function rangesOverlap(
  a: { startsOn: string; endsOn: string | null },
  b: { startsOn: string; endsOn: string | null },
): boolean {
  return (a.endsOn === null || a.endsOn >= b.startsOn) && (b.endsOn === null || b.endsOn >= a.startsOn);
}
