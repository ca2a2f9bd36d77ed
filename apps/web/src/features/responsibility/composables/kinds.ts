import type { ResponsibilityCadence, ResponsibilityKind, UnitKind } from '@/gql/graphql';

// In the order of the party committee's plan: the three lists, then the commission's own.
export const RESPONSIBILITY_KINDS: readonly ResponsibilityKind[] = [
  'PARTY_PRINCIPAL',
  'DEPARTMENT_SUPERVISORY',
  'COMMISSION_SUPERVISION',
  'LEADERSHIP_MEMBER',
  'COMMISSION_DEPARTMENT',
];

export const RESPONSIBILITY_CADENCES: readonly ResponsibilityCadence[] = [
  'ONCE',
  'MONTHLY',
  'QUARTERLY',
  'YEARLY',
];

export const UNIT_KIND_ORDER: readonly UnitKind[] = [
  'CITY',
  'COUNTY',
  'MUNICIPAL_UNIT',
  'COMMISSION_DEPARTMENT',
];

export function isResponsibilityKind(value: unknown): value is ResponsibilityKind {
  return typeof value === 'string' && (RESPONSIBILITY_KINDS as readonly string[]).includes(value);
}

export function isUnitKind(value: unknown): value is UnitKind {
  return typeof value === 'string' && (UNIT_KIND_ORDER as readonly string[]).includes(value);
}

// Only ONCE and YEARLY items carry a date of their own; the others fall due after each period.
export function cadenceTakesDueOn(cadence: ResponsibilityCadence): boolean {
  return cadence === 'ONCE' || cadence === 'YEARLY';
}

export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${Math.round(value * 10) / 10}%`;
}
