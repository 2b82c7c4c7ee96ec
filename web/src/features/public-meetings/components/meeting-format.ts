import { useMemo } from 'react';
import { intlTags } from '../../../../../common/i18n/locales.ts';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { useLocale } from '../../../lib/i18n.ts';

/** Meetings are held in the municipality's own time, whichever zone the visitor is in. */
const timeZones: Record<Jurisdiction, string> = { se: 'Europe/Stockholm', no: 'Europe/Oslo' };

export type MeetingFormatters = {
  /** "tisdag 17 mars 2026" */
  longDate: (iso: string) => string;
  /** "tis 17 mars 2026" */
  shortDate: (iso: string) => string;
  /** "17 mars 2026" */
  date: (iso: string) => string;
  /** "17:00" */
  time: (iso: string) => string;
  /** The calendar day of an instant in the municipality's time, as YYYY-MM-DD (for `<time>`). */
  isoDay: (iso: string) => string;
  /** "3,5 tim" */
  hours: (value: number) => string;
  /** "200 min" */
  minutes: (value: number) => string;
};

/** Dates and times of meetings in the UI language and the municipality's time zone. */
export function useMeetingFormat(jurisdiction: Jurisdiction): MeetingFormatters {
  const locale = useLocale();
  return useMemo(() => {
    const tag = intlTags[locale];
    const timeZone = timeZones[jurisdiction];
    const longDate = new Intl.DateTimeFormat(tag, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone,
    });
    const shortDate = new Intl.DateTimeFormat(tag, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone,
    });
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone });
    const time = new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone });
    const day = new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone,
    });
    const hours = new Intl.NumberFormat(tag, { style: 'unit', unit: 'hour', unitDisplay: 'short' });
    const minutes = new Intl.NumberFormat(tag, { style: 'unit', unit: 'minute', unitDisplay: 'short' });
    return {
      hours: (value) => hours.format(value),
      minutes: (value) => minutes.format(value),
      longDate: (iso) => longDate.format(new Date(iso)),
      shortDate: (iso) => shortDate.format(new Date(iso)),
      date: (iso) => date.format(new Date(iso)),
      time: (iso) => time.format(new Date(iso)),
      isoDay: (iso) => day.format(new Date(iso)),
    };
  }, [locale, jurisdiction]);
}
