import { describe, expect, it } from 'vitest';
import { auditVariables, emptyAuditFilter, snapshotRows } from './use-audit-events';

describe('audit trail filters and the side-by-side snapshot', () => {
  it('sends only the filters chosen', () => {
    expect(auditVariables(emptyAuditFilter())).toEqual({ limit: 200 });
    expect(
      auditVariables({ ...emptyAuditFilter(), action: 'task.update', from: '2026-11-01', to: '2026-11-30' }),
    ).toEqual({ limit: 200, action: 'task.update', from: '2026-11-01', to: '2026-11-30' });
  });

  it('lines up before and after per key, changed keys first and flagged', () => {
    const rows = snapshotRows({ name: '旧', code: 'a', version: 1 }, { name: '新', code: 'a', version: 2 });
    expect(rows.map((r) => [r.key, r.before, r.after, r.changed])).toEqual([
      ['name', '"旧"', '"新"', true],
      ['version', '1', '2', true],
      ['code', '"a"', '"a"', false],
    ]);
  });

  it('shows a creation as every key changed, with nothing before', () => {
    const rows = snapshotRows(null, { title: '任务' });
    expect(rows).toEqual([{ key: 'title', before: null, after: '"任务"', changed: true }]);
  });
});
