import { useQuery } from '@urql/vue';
import { computed, type Ref } from 'vue';
import { WorkingCalendarDocument } from '@/gql/graphql';

export function useWorkingCalendar(year: Ref<number | null>) {
  const query = useQuery({
    query: WorkingCalendarDocument,
    variables: computed(() => ({ year: year.value ?? 0 })),
    pause: computed(() => year.value === null),
    requestPolicy: 'cache-and-network',
  });
  const calendar = computed(() => {
    const value = query.data.value?.workingCalendar;
    return value && value.year === year.value ? value : null;
  });
  const overrides = computed(() =>
    [...(calendar.value?.overrides ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
  );
  return {
    calendar,
    overrides,
    fetching: query.fetching,
    error: query.error,
    reload: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
