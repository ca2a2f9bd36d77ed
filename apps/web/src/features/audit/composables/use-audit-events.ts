import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { AuditEventsDocument, type AuditEventsQuery } from '@/gql/graphql';

export type AuditEventRow = AuditEventsQuery['auditEvents'][number];

export const AUDIT_LIMIT = 200;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Top-level keys whose value differs between the two snapshots (a create has no `before`, a delete
// no `after`: then every key present counts as changed).
export function changedKeys(before: unknown, after: unknown): string[] {
  const a = isPlainObject(before) ? before : {};
  const b = isPlainObject(after) ? after : {};
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}

export function prettyJson(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, null, 2);
}

export function matchesAuditFilter(event: AuditEventRow, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (!needle) return true;
  return [
    event.action,
    event.entity,
    event.entityId,
    event.actor?.username ?? '',
    event.actor?.displayName ?? '',
  ].some((field) => field.toLowerCase().includes(needle));
}

export function useAuditEvents() {
  const query = useQuery({
    query: AuditEventsDocument,
    variables: { limit: AUDIT_LIMIT },
    requestPolicy: 'cache-and-network',
  });
  const events = computed(() => query.data.value?.auditEvents ?? []);
  return {
    events,
    fetching: query.fetching,
    error: query.error,
    reload: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
