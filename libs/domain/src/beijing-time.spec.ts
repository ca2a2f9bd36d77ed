import {
  BEIJING_OFFSET,
  addDays,
  beijingDate,
  beijingInstant,
  dayOfWeek,
  daysBetween,
  formatBeijing,
  isIsoDate,
  toBeijingIso,
} from './beijing-time.js';

describe('beijing-time', () => {
  it('uses the fixed +08:00 offset', () => {
    expect(BEIJING_OFFSET).toBe('+08:00');
  });

  it.each([
    ['2026-11-23T15:59:59.999Z', '2026-11-23'],
    ['2026-11-23T16:00:00.000Z', '2026-11-24'],
    ['2026-12-31T16:00:00.000Z', '2027-01-01'],
    ['2026-01-01T00:00:00.000Z', '2026-01-01'],
    ['2025-12-31T15:59:59.999Z', '2025-12-31'],
  ])('beijingDate(%s) = %s', (iso, expected) => {
    expect(beijingDate(new Date(iso))).toBe(expected);
  });

  it.each([
    ['2026-11-23', undefined, '2026-11-22T16:00:00.000Z'],
    ['2026-11-23', '18:00', '2026-11-23T10:00:00.000Z'],
    ['2026-06-18', '18:00', '2026-06-18T10:00:00.000Z'],
    ['2026-01-01', '07:59', '2025-12-31T23:59:00.000Z'],
    ['2026-03-01', '12:30:15', '2026-03-01T04:30:15.000Z'],
  ])('beijingInstant(%s, %s) = %s', (date, time, expected) => {
    expect(beijingInstant(date, time).toISOString()).toBe(expected);
  });

  it.each([
    ['2026-02-30', '00:00'],
    ['2026-1-5', '00:00'],
    ['2026-11-23', '24:00'],
    ['2026-11-23', '9:00'],
  ])('beijingInstant rejects %s %s', (date, time) => {
    expect(() => beijingInstant(date, time)).toThrow(RangeError);
  });

  it('round-trips wall clock and instant', () => {
    const instant = beijingInstant('2026-10-08', '09:00');
    expect(beijingDate(instant)).toBe('2026-10-08');
    expect(formatBeijing(instant)).toBe('2026-10-08 09:00');
  });

  it.each([
    ['2026-11-23T10:00:00.000Z', undefined, '2026-11-23 18:00'],
    ['2026-11-23T16:30:00.000Z', 'YYYY年M月D日 HH:mm', '2026年11月24日 00:30'],
    ['2026-11-23T10:00:00.000Z', 'YYYY-MM-DDTHH:mm:ssZ', '2026-11-23T18:00:00+08:00'],
  ])('formatBeijing(%s, %s) = %s', (iso, pattern, expected) => {
    expect(formatBeijing(new Date(iso), pattern)).toBe(expected);
  });

  it.each([
    ['2026-11-23T10:00:00.000Z', '2026-11-23T18:00:00.000+08:00'],
    ['2026-12-31T16:00:00.123Z', '2027-01-01T00:00:00.123+08:00'],
  ])('toBeijingIso(%s) = %s', (iso, expected) => {
    expect(toBeijingIso(new Date(iso))).toBe(expected);
    expect(new Date(expected).toISOString()).toBe(iso);
  });

  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00', false],
    ['', false],
    [' 2026-01-01', false],
  ])('isIsoDate(%j) = %s', (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-10-01', 0, '2026-10-01'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('addDays(%s, %d) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2026-11-23', 1],
    ['2026-10-01', 4],
    ['2026-10-10', 6],
    ['2026-09-20', 7],
    ['2026-06-19', 5],
  ])('dayOfWeek(%s) = %d', (date, expected) => {
    expect(dayOfWeek(date)).toBe(expected);
  });

  it('daysBetween counts calendar days', () => {
    expect(daysBetween('2026-09-01', '2026-10-31')).toBe(60);
    expect(daysBetween('2026-10-31', '2026-09-01')).toBe(-60);
  });
});
