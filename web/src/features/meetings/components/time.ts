import { useMemo } from 'react';
import { intlTags } from '../../../../../common/i18n/locales.ts';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { timeZoneOf, wallClockAt, zonedTime } from '../../../../../common/time.ts';
import { useLocale } from '../../../lib/i18n.ts';

/*
 * Meetings are held in the municipality's own time: a meeting at 18.00 in Solvik is at 18.00
 * whatever the time zone of the browser that plans or reads it.
 */

export { timeZoneOf };

const pad = (n: number) => String(n).padStart(2, '0');

/** A `datetime-local` value (YYYY-MM-DDTHH:mm), read as wall time in the zone, as an ISO instant. */
export function zonedInputToIso(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match;
  return zonedTime(timeZone, `${y}-${mo}-${d}`, `${h}:${mi}`).toISOString();
}

/** An ISO instant as a `datetime-local` value in the zone. */
export function isoToZonedInput(iso: string, timeZone: string): string {
  const p = wallClockAt(timeZone, new Date(iso));
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Today's date in the zone, as the API writes days (YYYY-MM-DD). */
export function todayIn(timeZone: string): string {
  const p = wallClockAt(timeZone, new Date());
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The year it is now in the zone. */
export function yearIn(timeZone: string): number {
  return wallClockAt(timeZone, new Date()).year;
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
