import type { Jurisdiction } from './roles.ts';

/**
 * Municipalities keep their own time: a meeting at 18.00 in Solvik is at 18.00 in Stockholm,
 * whatever the zone of the server, the browser or the test that reads it.
 */
export function timeZoneOf(jurisdiction: Jurisdiction): string {
  return jurisdiction === 'se' ? 'Europe/Stockholm' : 'Europe/Oslo';
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClocks.set(timeZone, format);
  }
  return format;
}

export type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

/** What the wall clock in a zone shows at an instant. */
export function wallClockAt(timeZone: string, instant: Date): WallClock {
  const parts = wallClock(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
export function zoneOffset(timeZone: string, instant: number): number {
  const p = wallClockAt(timeZone, new Date(instant));
  const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return shown - Math.floor(instant / 1000) * 1000;
}

/**
 * A wall-clock date (YYYY-MM-DD) and time (HH:mm) in a zone, as an instant. The offset is taken
 * twice, so that a time just across a change to or from summer time lands right.
 */
export function zonedTime(timeZone: string, isoDate: string, time = '00:00'): Date {
  const [y = 0, mo = 1, d = 1] = isoDate.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  return new Date(wall - zoneOffset(timeZone, wall - zoneOffset(timeZone, wall)));
}
