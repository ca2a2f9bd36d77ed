import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { AdminUnitsDocument, type AdminUnitFragment, type UnitKind } from '@/gql/graphql';

export type UnitTreeNode = AdminUnitFragment & { children?: UnitTreeNode[] };

export const UNIT_KINDS: readonly UnitKind[] = ['CITY', 'COUNTY', 'MUNICIPAL_UNIT', 'COMMISSION_DEPARTMENT'];

const byKindThenCode = (a: AdminUnitFragment, b: AdminUnitFragment) =>
  UNIT_KINDS.indexOf(a.kind) - UNIT_KINDS.indexOf(b.kind) || a.code.localeCompare(b.code);

// Units whose parent is missing from the list (or absent) become roots, so nothing is hidden.
export function buildUnitTree(units: readonly AdminUnitFragment[]): UnitTreeNode[] {
  const nodes = new Map<string, UnitTreeNode>(units.map((unit) => [unit.id, { ...unit }]));
  const roots: UnitTreeNode[] = [];
  for (const node of [...nodes.values()].sort(byKindThenCode)) {
    const parent = node.parent ? nodes.get(node.parent.id) : undefined;
    if (parent && parent.id !== node.id) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

// A unit cannot move under itself or under one of its own descendants.
export function selfAndDescendantIds(units: readonly AdminUnitFragment[], id: string): Set<string> {
  const result = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parent && result.has(unit.parent.id) && !result.has(unit.id)) {
        result.add(unit.id);
        grew = true;
      }
    }
  }
  return result;
}

export function matchesUnitFilter(unit: AdminUnitFragment, text: string, kind: UnitKind | ''): boolean {
  if (kind && unit.kind !== kind) return false;
  const needle = text.trim().toLowerCase();
  if (!needle) return true;
  return (
    unit.name.toLowerCase().includes(needle) ||
    unit.code.toLowerCase().includes(needle) ||
    unit.tags.some((tag) => tag.toLowerCase().includes(needle))
  );
}

export function useAdminUnits() {
  const query = useQuery({ query: AdminUnitsDocument, requestPolicy: 'cache-and-network' });
  const units = computed(() => [...(query.data.value?.units ?? [])].sort(byKindThenCode));
  return {
    units,
    fetching: query.fetching,
    error: query.error,
    reload: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
