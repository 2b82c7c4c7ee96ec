import { describe, expect, it } from 'vitest';
import { timeZoneOf, zonedTime } from './time.ts';

describe('zonedTime', () => {
  it('reads a wall time in winter and in summer in the municipality’s zone', () => {
    expect(zonedTime(timeZoneOf('se'), '2026-12-01', '18:00').toISOString()).toBe('2026-12-01T17:00:00.000Z');
    expect(zonedTime(timeZoneOf('no'), '2026-06-19', '18:00').toISOString()).toBe('2026-06-19T16:00:00.000Z');
  });

  it('starts a day at local midnight, the day before in UTC', () => {
    expect(zonedTime(timeZoneOf('se'), '2026-06-19').toISOString()).toBe('2026-06-18T22:00:00.000Z');
  });

  it('lands right on both sides of the change to and from summer time', () => {
    // 29 March 2026: clocks go from 02:00 to 03:00; 25 October 2026: from 03:00 back to 02:00.
    expect(zonedTime('Europe/Stockholm', '2026-03-29', '01:30').toISOString()).toBe(
      '2026-03-29T00:30:00.000Z',
    );
    expect(zonedTime('Europe/Stockholm', '2026-03-29', '03:30').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(zonedTime('Europe/Oslo', '2026-10-25', '01:30').toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(zonedTime('Europe/Oslo', '2026-10-25', '04:00').toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });
});
