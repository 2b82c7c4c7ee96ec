import { useMemo } from 'react';
import { intlTags } from '../../../../../common/i18n/locales.ts';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { useLocale } from '../../../lib/i18n.ts';

/*
 * Meetings are held in the municipality's own time: a meeting at 18.00 in Solvik is at 18.00
 * whatever the time zone of the browser that plans or reads it.
 */

export function timeZoneOf(jurisdiction: Jurisdiction): string {
  return jurisdiction === 'se' ? 'Europe/Stockholm' : 'Europe/Oslo';
}

type Parts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function partsIn(date: Date, timeZone: string): Parts {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** How far the zone is ahead of UTC at that instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const p = partsIn(new Date(instant), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/** A `datetime-local` value (YYYY-MM-DDTHH:mm), read as wall time in the zone, as an ISO instant. */
export function zonedInputToIso(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  // Twice, so that a wall time just across a change to or from summer time lands right.
  const first = wall - offsetAt(wall, timeZone);
  const instant = wall - offsetAt(first, timeZone);
  return new Date(instant).toISOString();
}

/** An ISO instant as a `datetime-local` value in the zone. */
export function isoToZonedInput(iso: string, timeZone: string): string {
  const p = partsIn(new Date(iso), timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Today's date in the zone, as the API writes days (YYYY-MM-DD). */
export function todayIn(timeZone: string): string {
  const p = partsIn(new Date(), timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The year it is now in the zone. */
export function yearIn(timeZone: string): number {
  return partsIn(new Date(), timeZone).year;
}

export type MeetingFormat = {
  /** A meeting's time, from start to end ("Mon 16 Mar 2026, 18:00–21:00"). */
  span: (startsAt: string, endsAt: string) => string;
  dateTime: (iso: string) => string;
  /** A calendar day as the API sends it (YYYY-MM-DD). */
  day: (isoDay: string) => string;
};

/** Dates and times in the UI language, in the municipality's time zone. */
export function useMeetingFormat(jurisdiction: Jurisdiction): MeetingFormat {
  const locale = useLocale();
  return useMemo(() => {
    const tag = intlTags[locale];
    const timeZone = timeZoneOf(jurisdiction);
    const span = new Intl.DateTimeFormat(tag, {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    const dateTime = new Intl.DateTimeFormat(tag, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
    const day = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      span: (startsAt, endsAt) => span.formatRange(new Date(startsAt), new Date(endsAt)),
      dateTime: (iso) => dateTime.format(new Date(iso)),
      day: (isoDay) => day.format(new Date(`${isoDay}T00:00:00Z`)),
    };
  }, [locale, jurisdiction]);
}
