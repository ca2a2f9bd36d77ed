import { formatBeijing } from '@lvze/domain';

// An API timestamp as people in the county read it: Beijing time, whatever the browser's zone.
// Empty for a missing time, so templates can show it unguarded.
export function beijingTime(iso: string | null | undefined, pattern = 'YYYY-MM-DD HH:mm'): string {
  return iso ? formatBeijing(new Date(iso), pattern) : '';
}
