import { beijingDate, daysBetween } from '@lvze/domain';
import type { Role } from '@/gql/graphql';

export type DataScope =
  | { kind: 'city' }
  | { kind: 'ownUnit'; unitName: string }
  | { kind: 'audit' }
  | { kind: 'system' }
  | { kind: 'none' };

// domain.md: leaders and staff see everything; a reporter only their own unit; the auditor only the
// audit trail; the admin configures the system but reads no business data.
export function dataScope(roles: readonly Role[], unitName: string | null | undefined): DataScope {
  if (roles.includes('STAFF') || roles.includes('LEADER')) return { kind: 'city' };
  if (roles.includes('REPORTER')) return unitName ? { kind: 'ownUnit', unitName } : { kind: 'none' };
  if (roles.includes('AUDITOR')) return { kind: 'audit' };
  if (roles.includes('ADMIN')) return { kind: 'system' };
  return { kind: 'none' };
}

export type CampaignPhase =
  { kind: 'notStarted' } | { kind: 'ongoing'; daysLeft: number } | { kind: 'ended' };

export function campaignPhase(startsOn: string, endsOn: string, now: Date = new Date()): CampaignPhase {
  const today = beijingDate(now);
  if (today < startsOn) return { kind: 'notStarted' };
  if (today > endsOn) return { kind: 'ended' };
  return { kind: 'ongoing', daysLeft: daysBetween(today, endsOn) };
}

export function greetingKey(hour: number): 'morning' | 'afternoon' | 'evening' {
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  return 'evening';
}
