import { DEFAULT_ALERT_THRESHOLDS } from '@lvze/domain';
import { describe, expect, it } from 'vitest';
import { THRESHOLD_GROUPS, thresholdProblems } from './threshold-form';

describe('the thresholds form', () => {
  it('shows every campaign setting once', () => {
    const fields = THRESHOLD_GROUPS.flatMap((g) => g.fields.map((f) => f.field)).sort();
    expect(fields).toEqual(Object.keys(DEFAULT_ALERT_THRESHOLDS).sort());
  });

  it('puts the server’s rule under the field it concerns, in Chinese or English', () => {
    const settings = { ...DEFAULT_ALERT_THRESHOLDS, slippedPoints: 8 };
    expect(thresholdProblems(settings, true)).toEqual({ slippedPoints: '红灯落后点数须大于黄灯落后点数。' });
    expect(thresholdProblems(settings, false).slippedPoints).toMatch(/red threshold/);
    expect(thresholdProblems({ ...DEFAULT_ALERT_THRESHOLDS }, true)).toEqual({});
  });
});
