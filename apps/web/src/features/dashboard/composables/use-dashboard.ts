import { useQuery, useSubscription } from '@urql/vue';
import { computed, onBeforeUnmount, type Ref } from 'vue';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { isUnitKind } from '@/features/responsibility/composables/kinds';
import { AlertFiredDocument, DashboardDocument, type UnitKind } from '@/gql/graphql';

export interface DashboardFilter {
  campaignId: string;
  countyId: string;
  unitKind: UnitKind | '';
}

const first = (value: LocationQuery[string] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

// The filter lives in the address (?county=…&kind=COUNTY), so a leader can send a filtered view.
export function filterFromQuery(query: LocationQuery): DashboardFilter {
  const kind = first(query.kind);
  return {
    campaignId: first(query.campaign) ?? '',
    countyId: first(query.county) ?? '',
    unitKind: isUnitKind(kind) ? kind : '',
  };
}

export function filterToQuery(filter: DashboardFilter): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (filter.campaignId) query.campaign = filter.campaignId;
  if (filter.countyId) query.county = filter.countyId;
  if (filter.unitKind) query.kind = filter.unitKind;
  return query;
}

/** Calls `fn` once, `ms` after the last of a burst of calls. */
export function debounce(fn: () => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const call = () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
  call.cancel = () => clearTimeout(timer);
  return call;
}

// A sweep fires alerts in bursts (one per unit): refetch once the burst is over.
const LIVE_DEBOUNCE_MS = 2_000;
// Progress updates have no live feed: the figures also refresh every few minutes while open.
const POLL_MS = 180_000;

export function useDashboard(filter: Ref<DashboardFilter>) {
  const variables = computed(() => ({
    campaignId: filter.value.campaignId || null,
    countyId: filter.value.countyId || null,
    unitKind: filter.value.unitKind || null,
  }));
  const query = useQuery({ query: DashboardDocument, variables, requestPolicy: 'cache-and-network' });
  const refresh = () => query.executeQuery({ requestPolicy: 'network-only' });
  const live = debounce(refresh, LIVE_DEBOUNCE_MS);
  useSubscription({ query: AlertFiredDocument }, (_previous, event) => {
    live();
    return event;
  });
  const poll = setInterval(refresh, POLL_MS);
  onBeforeUnmount(() => {
    live.cancel();
    clearInterval(poll);
  });
  return {
    dashboard: computed(() => query.data.value?.dashboard ?? null),
    fetching: query.fetching,
    error: query.error,
    refresh,
  };
}
