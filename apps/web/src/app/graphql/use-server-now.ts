import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { ServerNowDocument } from '@/gql/graphql';

// "Now" is the server's (frozen under APP_NOW in demos and tests), never the browser's clock, which
// may be wrong or set to another time zone. Null until the answer arrives.
export function useServerNow(requestPolicy: 'cache-and-network' | 'network-only' = 'cache-and-network') {
  const query = useQuery({ query: ServerNowDocument, requestPolicy });
  const now = computed(() => {
    const value = query.data.value?.serverNow;
    return value ? new Date(value) : null;
  });
  return { now, fetching: query.fetching };
}
