import type { ReportStatusCode } from './report-labels';

export type MineTab = 'todo' | 'filed' | 'all';

interface MineObligation {
  status: ReportStatusCode;
  dueAt: string;
  period: string;
}

const OPEN: readonly ReportStatusCode[] = ['PENDING', 'RETURNED'];

export function inTab(obligation: MineObligation, tab: MineTab): boolean {
  if (tab === 'all') return true;
  return OPEN.includes(obligation.status) === (tab === 'todo');
}

// Open reports: returned ones first (someone is waiting on a fix), then by due time. Filed ones:
// the most recent period first.
export function sortForTab<O extends MineObligation>(obligations: readonly O[], tab: MineTab): O[] {
  const open = (o: O) => OPEN.includes(o.status);
  return [...obligations].sort((a, b) => {
    if (tab === 'filed') return b.dueAt.localeCompare(a.dueAt);
    if (open(a) !== open(b)) return open(a) ? -1 : 1;
    if (!open(a)) return b.dueAt.localeCompare(a.dueAt);
    if ((a.status === 'RETURNED') !== (b.status === 'RETURNED')) return a.status === 'RETURNED' ? -1 : 1;
    return Date.parse(a.dueAt) - Date.parse(b.dueAt);
  });
}

export function tabCounts(obligations: readonly MineObligation[]): Record<MineTab, number> {
  return {
    todo: obligations.filter((o) => inTab(o, 'todo')).length,
    filed: obligations.filter((o) => inTab(o, 'filed')).length,
    all: obligations.length,
  };
}
