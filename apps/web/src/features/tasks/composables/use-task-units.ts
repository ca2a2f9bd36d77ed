import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { TaskUnitsDocument, type TaskUnitsQuery } from '@/gql/graphql';

type TaskUnit = TaskUnitsQuery['units'][number];

const KIND_ORDER: readonly TaskUnit['kind'][] = ['CITY', 'COUNTY', 'MUNICIPAL_UNIT', 'COMMISSION_DEPARTMENT'];

// Units grouped by kind for the lead / co-operating unit selects, in the server's display order.
export function unitGroups(units: readonly TaskUnit[]) {
  return KIND_ORDER.map((kind) => ({ kind, units: units.filter((unit) => unit.kind === kind) })).filter(
    (group) => group.units.length > 0,
  );
}

export function useTaskUnits(pause: () => boolean) {
  const query = useQuery({ query: TaskUnitsDocument, pause: computed(pause) });
  const groups = computed(() => unitGroups(query.data.value?.units ?? []));
  return { groups, fetching: query.fetching, error: query.error };
}
