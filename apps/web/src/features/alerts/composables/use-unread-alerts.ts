import { useQuery, useSubscription } from '@urql/vue';
import { computed, ref, watch } from 'vue';
import { useRoute } from 'vue-router';
import { AlertFiredDocument, UnreadAlertCountDocument } from '@/gql/graphql';

// Bumped after this user acknowledges an alert or runs a sweep, so the header badge refetches
// (the count is a plain number, which the document cache cannot tie to the Alert it depends on).
const localChanges = ref(0);
export function notifyAlertsChanged() {
  localChanges.value += 1;
}

// The header inbox: OPEN alerts the user is told of, refetched whenever a sweep fires or escalates
// one (alertFired over graphql-ws), on every page change and after a local acknowledgement.
export function useUnreadAlerts() {
  const route = useRoute();
  const query = useQuery({ query: UnreadAlertCountDocument, requestPolicy: 'network-only' });
  const refresh = () => query.executeQuery({ requestPolicy: 'network-only' });

  useSubscription({ query: AlertFiredDocument }, (_previous, event) => {
    refresh();
    return event;
  });
  watch(() => route.path, refresh);
  watch(localChanges, refresh);

  const count = computed(() => query.data.value?.unreadAlertCount ?? 0);
  return { count, refresh };
}
