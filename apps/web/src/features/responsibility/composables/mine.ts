import type { RespAssignmentDetailFragment } from '@/gql/graphql';

type MineAssignment = Pick<RespAssignmentDetailFragment, 'id' | 'status' | 'reopened'> & {
  item: Pick<RespAssignmentDetailFragment['item'], 'seq'> & {
    list: Pick<RespAssignmentDetailFragment['item']['list'], 'id' | 'seq' | 'title' | 'kind'>;
  };
};

export interface MineGroup<A extends MineAssignment> {
  listId: string;
  title: string;
  kind: A['item']['list']['kind'];
  assignments: A[];
}

// A unit's assignments grouped by list (in list order), items by number.
export function groupByList<A extends MineAssignment>(assignments: readonly A[]): MineGroup<A>[] {
  const groups = new Map<string, MineGroup<A> & { seq: number }>();
  for (const assignment of assignments) {
    const list = assignment.item.list;
    let group = groups.get(list.id);
    if (!group) {
      group = { listId: list.id, title: list.title, kind: list.kind, seq: list.seq, assignments: [] };
      groups.set(list.id, group);
    }
    group.assignments.push(assignment);
  }
  return [...groups.values()]
    .sort((a, b) => a.seq - b.seq)
    .map(({ seq: _seq, ...group }) => ({
      ...group,
      assignments: [...group.assignments].sort((a, b) => a.item.seq - b.item.seq),
    }));
}

export function mineCounts(assignments: readonly MineAssignment[]) {
  return {
    total: assignments.length,
    done: assignments.filter((a) => a.status === 'DONE').length,
    slipped: assignments.filter((a) => a.status === 'SLIPPED').length,
    reopened: assignments.filter((a) => a.reopened).length,
  };
}
