import { beijingDate, dayOfWeek, formatBeijing, type TaskStatus } from '@lvze/domain';
import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { WeekBoardDocument, type MapTaskFragment } from '@/gql/graphql';

// Most urgent first: what has slipped needs attention before what is merely at risk.
export const BOARD_STATUS_ORDER: readonly TaskStatus[] = [
  'SLIPPED',
  'AT_RISK',
  'ON_TRACK',
  'NOT_STARTED',
  'DONE',
];

export interface BoardGroup<T> {
  status: TaskStatus;
  tasks: T[];
}

export function groupByStatus<T extends Pick<MapTaskFragment, 'status'>>(
  tasks: readonly T[],
): BoardGroup<T>[] {
  return BOARD_STATUS_ORDER.map((status) => ({
    status,
    tasks: tasks.filter((task) => task.status === status),
  })).filter((group) => group.tasks.length > 0);
}

export type DeadlineState =
  | { kind: 'none' }
  | ({ kind: 'open'; hours: number } & DeadlineParts)
  | ({ kind: 'overdue' } & DeadlineParts);

export interface DeadlineParts {
  month: number;
  day: number;
  // 1 = Monday … 7 = Sunday
  weekday: number;
  time: string;
}

// The weekly update is due on the last working day at 18:00 (domain.md); the server sends that
// instant and the office hours left before it.
export function deadlineState(
  deadline: string | null | undefined,
  hoursRemaining: number,
  now: Date = new Date(),
): DeadlineState {
  if (!deadline) return { kind: 'none' };
  const instant = new Date(deadline);
  const parts: DeadlineParts = {
    month: Number(formatBeijing(instant, 'M')),
    day: Number(formatBeijing(instant, 'D')),
    weekday: dayOfWeek(beijingDate(instant)),
    time: formatBeijing(instant, 'HH:mm'),
  };
  if (hoursRemaining <= 0 && instant.getTime() <= now.getTime()) return { kind: 'overdue', ...parts };
  return { kind: 'open', ...parts, hours: Math.max(0, Math.round(hoursRemaining)) };
}

export function useWeekBoard() {
  const query = useQuery({ query: WeekBoardDocument, requestPolicy: 'cache-and-network' });
  const board = computed(() => query.data.value?.weekBoard ?? null);
  const updated = computed(() => new Set(board.value?.updatedTaskIds ?? []));
  const groups = computed(() => groupByStatus(board.value?.tasks ?? []));
  return {
    board,
    updated,
    groups,
    fetching: query.fetching,
    error: query.error,
    reload: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
