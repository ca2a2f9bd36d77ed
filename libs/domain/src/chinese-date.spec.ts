import { describe, expect, it } from '@jest/globals';
import { chineseDate, chineseDateOf, chineseNumeral } from './chinese-date.js';

describe('chinese dates and numerals', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [29, '二十九'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [123, '一百二十三'],
  ])('%i → %s', (n, text) => expect(chineseNumeral(n)).toBe(text));

  it('writes the year digit by digit and month and day as numbers', () => {
    expect(chineseDate('2026-11-29')).toBe('二〇二六年十一月二十九日');
    expect(chineseDate('2030-01-10')).toBe('二〇三〇年一月十日');
  });

  it('takes the date in Beijing, not the host zone', () => {
    // 17:00 UTC on the 28th is already the 29th in Beijing.
    expect(chineseDateOf(new Date('2026-11-28T17:00:00Z'))).toBe('二〇二六年十一月二十九日');
  });
});
