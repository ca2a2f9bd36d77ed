import { beijingDate, isIsoDate } from './beijing-time.js';

// Official documents write dates and ordinals in Chinese characters (GB/T 9704: the signing date
// in full, e.g. 二〇二六年十一月二十九日; section headings 一、二、……).

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (counts up to 999 are enough for numbered sections). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`Not a numeral 0–999: ${n}`);
  if (n < 10) return n === 0 ? '零' : DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  const tail =
    rest === 0
      ? ''
      : rest < 10
        ? `零${DIGITS[rest]}`
        : rest < 20
          ? `一${chineseNumeral(rest)}`
          : chineseNumeral(rest);
  return `${DIGITS[Math.floor(n / 100)]}百${tail}`;
}

/** '2026-11-29' → 二〇二六年十一月二十九日: the year digit by digit, month and day as numbers. */
export function chineseDate(date: string): string {
  if (!isIsoDate(date)) throw new RangeError(`Invalid date (expected YYYY-MM-DD): ${date}`);
  const year = [...date.slice(0, 4)].map((d) => DIGITS[Number(d)]).join('');
  return `${year}年${chineseNumeral(Number(date.slice(5, 7)))}月${chineseNumeral(Number(date.slice(8, 10)))}日`;
}

/** The date of an instant in Beijing, written in Chinese. */
export function chineseDateOf(instant: Date): string {
  return chineseDate(beijingDate(instant));
}
