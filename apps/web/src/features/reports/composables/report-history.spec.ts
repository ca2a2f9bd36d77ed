import { describe, expect, it } from 'vitest';
import { reportHistory } from './report-history';

describe('reportHistory', () => {
  it('merges filings and reviews, newest first', () => {
    const sub = (id: string, at: string) => ({
      id,
      submittedAt: at,
      late: false,
      submittedBy: { displayName: '资源县填报员' },
      templateVersion: { number: 1 },
      attachments: [],
    });
    const review = (id: string, at: string, accepted: boolean) => ({
      id,
      accepted,
      comment: accepted ? '' : '补充附件',
      reviewedAt: at,
      reviewer: { displayName: '专项办' },
    });
    const entries = reportHistory(
      [sub('s2', '2026-06-04T10:00:00+08:00'), sub('s1', '2026-06-01T09:00:00+08:00')],
      [review('r2', '2026-06-05T09:00:00+08:00', true), review('r1', '2026-06-02T09:00:00+08:00', false)],
    );
    expect(entries.map((e) => e.item.id)).toEqual(['r2', 's2', 'r1', 's1']);
  });
});
