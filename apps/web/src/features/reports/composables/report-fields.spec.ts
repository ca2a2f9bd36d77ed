import { describe, expect, it } from 'vitest';
import { fieldLabel, formatFieldValue } from './report-fields';

describe('report fields', () => {
  it('labels in the reader’s language, Chinese when no English is given', () => {
    expect(fieldLabel({ label: '工作小结', labelEn: 'Summary' }, 'en')).toBe('Summary');
    expect(fieldLabel({ label: '工作小结', labelEn: 'Summary' }, 'zh-CN')).toBe('工作小结');
    expect(fieldLabel({ label: '工作小结' }, 'en')).toBe('工作小结');
  });

  it.each([
    ['MONEY' as const, 1234.5, '1,234.50'],
    ['NUMBER' as const, 12, '12'],
    ['TEXT' as const, '', ''],
    ['DATE' as const, null, ''],
    ['CHOICE' as const, '是', '是'],
  ])('%s %j reads %j', (type, value, text) => {
    expect(formatFieldValue({ type }, value)).toBe(text);
  });
});
