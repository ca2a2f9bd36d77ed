import { useQuery } from '@urql/vue';
import { computed, type Ref } from 'vue';
import {
  AuditEventsDocument,
  AuditFilterOptionsDocument,
  type AuditEventsQuery,
  type AuditEventsQueryVariables,
} from '@/gql/graphql';

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

export interface SnapshotRow {
  key: string;
  before: string | null;
  after: string | null;
  changed: boolean;
}

// Before and after side by side, one row per top-level key, changed keys first and flagged.
export function snapshotRows(before: unknown, after: unknown): SnapshotRow[] {
  const a = isPlainObject(before) ? before : {};
  const b = isPlainObject(after) ? after : {};
  const changed = new Set(changedKeys(before, after));
  const cell = (source: Record<string, unknown>, key: string, present: boolean) =>
    present && key in source ? JSON.stringify(source[key], null, 1) : null;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .sort((x, y) => Number(changed.has(y)) - Number(changed.has(x)) || x.localeCompare(y))
    .map((key) => ({
      key,
      before: cell(a, key, isPlainObject(before)),
      after: cell(b, key, isPlainObject(after)),
      changed: changed.has(key),
    }));
}

export interface AuditFilter {
  actorId: string;
  entity: string;
  action: string;
  /** Beijing dates, both included. */
  from: string;
  to: string;
}

export const emptyAuditFilter = (): AuditFilter => ({
  actorId: '',
  entity: '',
  action: '',
  from: '',
  to: '',
});

/** The server-side filter: empty choices are left out. */
export function auditVariables(filter: AuditFilter): AuditEventsQueryVariables {
  const variables: AuditEventsQueryVariables = { limit: AUDIT_LIMIT };
  if (filter.actorId) variables.actorId = filter.actorId;
  if (filter.entity) variables.entity = filter.entity;
  if (filter.action) variables.action = filter.action;
  if (filter.from) variables.from = filter.from;
  if (filter.to) variables.to = filter.to;
  return variables;
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

export function useAuditEvents(filter: Ref<AuditFilter>) {
  const query = useQuery({
    query: AuditEventsDocument,
    variables: computed(() => auditVariables(filter.value)),
    requestPolicy: 'cache-and-network',
  });
  const options = useQuery({ query: AuditFilterOptionsDocument, requestPolicy: 'cache-and-network' });
  const events = computed(() => query.data.value?.auditEvents ?? []);
  return {
    events,
    options: computed(
      () => options.data.value?.auditFilterOptions ?? { actions: [], entities: [], actors: [] },
    ),
    fetching: query.fetching,
    error: query.error,
    reload: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
