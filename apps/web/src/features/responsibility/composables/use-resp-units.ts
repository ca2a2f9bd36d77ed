import { useQuery } from '@urql/vue';
import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import { RespUnitsDocument, type RespUnitsQuery, type UnitKind } from '@/gql/graphql';
import { UNIT_KIND_ORDER } from './kinds';

export type RespUnit = RespUnitsQuery['units'][number];

// Every unit (in display order), for the county filter, the unit picker and bulk assignment.
export function useRespUnits(paused: MaybeRefOrGetter<boolean> = false) {
  const query = useQuery({ query: RespUnitsDocument, pause: computed(() => toValue(paused)) });
  const units = computed<readonly RespUnit[]>(() => query.data.value?.units ?? []);
  const groups = computed(() =>
    UNIT_KIND_ORDER.map((kind: UnitKind) => ({
      kind,
      units: units.value.filter((u) => u.kind === kind),
    })).filter((group) => group.units.length > 0),
  );
  const tags = computed(() => [...new Set(units.value.flatMap((u) => u.tags))].sort());
  return { units, groups, tags, fetching: query.fetching, error: query.error };
}
