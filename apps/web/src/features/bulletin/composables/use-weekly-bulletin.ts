import { useQuery } from '@urql/vue';
import { computed, type Ref } from 'vue';
import { WeeklyBulletinDocument } from '@/gql/graphql';

// One bulletin per chosen week; `null` asks the API for its default, the last completed week.
export function useWeeklyBulletin(week: Ref<string | null>) {
  const query = useQuery({
    query: WeeklyBulletinDocument,
    variables: computed(() => ({ week: week.value })),
    requestPolicy: 'cache-and-network',
  });
  return {
    bulletin: computed(() => query.data.value?.weeklyBulletin ?? null),
    fetching: query.fetching,
    error: query.error,
  };
}
