import { createRequire } from 'node:module';
import type HolidaysType from 'date-holidays';
import type { Jurisdiction } from '../../common/roles.ts';
import { timeZoneOf, zonedTime } from '../../common/time.ts';

/** Today's date (YYYY-MM-DD) where the municipality is, which is what dated rules mean by "today". */
export function todayIn(jurisdiction: Jurisdiction, now: Date = new Date()): string {
  return dayFormat(jurisdiction).format(now);
}

/**
 * The instant a day (YYYY-MM-DD) begins where the municipality is: midnight in Stockholm or Oslo,
 * whether summer or winter time.
 */
export function startOfDay(jurisdiction: Jurisdiction, isoDate: string): Date {
  return zonedTime(timeZoneOf(jurisdiction), isoDate);
}

// A formatter takes a third of a millisecond to build: one per time zone, kept.
const dayFormats = new Map<Jurisdiction, Intl.DateTimeFormat>();
function dayFormat(jurisdiction: Jurisdiction): Intl.DateTimeFormat {
  let format = dayFormats.get(jurisdiction);
  if (!format) {
    format = new Intl.DateTimeFormat('sv-SE', { timeZone: timeZoneOf(jurisdiction) });
    dayFormats.set(jurisdiction, format);
  }
  return format;
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

/** Adds days to a date (YYYY-MM-DD); negative days go back. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Adds calendar months the way time limits count them: the same day number in the later month,
 * or that month's last day when it has no such day (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

const holidayCalendars = new Map<Jurisdiction, HolidaysType>();
// The holiday tables are large: they are read the first time a time limit is counted, not at startup.
let Holidays: typeof HolidaysType | undefined;

/** Days on which a statutory time limit cannot end, besides Saturdays and Sundays. */
function isHoliday(jurisdiction: Jurisdiction, isoDate: string): boolean {
  let calendar = holidayCalendars.get(jurisdiction);
  if (!calendar) {
    Holidays ??= createRequire(import.meta.url)('date-holidays') as typeof HolidaysType;
    calendar = new Holidays(jurisdiction === 'se' ? 'SE' : 'NO');
    holidayCalendars.set(jurisdiction, calendar);
  }
  const found = calendar.isHoliday(new Date(`${isoDate}T12:00:00`));
  if (!found) return false;
  return found.some(
    (h) =>
      h.type === 'public' ||
      // Lag (1930:173) names midsommarafton, julafton and nyårsafton beside the public holidays.
      (jurisdiction === 'se' && h.type === 'bank' && /midsommarafton|julafton|nyårsafton/i.test(h.name)),
  );
}

/** Whether a date is a working day: not a Saturday, Sunday or a day the rollover rule names. */
export function isWorkingDay(jurisdiction: Jurisdiction, isoDate: string): boolean {
  const weekday = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isHoliday(jurisdiction, isoDate);
}

/**
 * The last day of a statutory time limit: the day itself, or the next working day when it falls
 * on a Saturday, Sunday or holiday (Sweden: Lag (1930:173); Norway: domstolloven § 149).
 */
export function rollToWorkingDay(jurisdiction: Jurisdiction, isoDate: string): string {
  let day = isoDate;
  while (!isWorkingDay(jurisdiction, day)) day = addDays(day, 1);
  return day;
}
