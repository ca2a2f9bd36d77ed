import { describe, expect, it } from 'vitest';
import { filterFromQuery, filterToQuery } from './use-dashboard';

describe('dashboard filter in the address', () => {
  it('keeps a known unit kind and drops an unknown one', () => {
    expect(filterFromQuery({ kind: 'MUNICIPAL_UNIT' }).unitKind).toBe('MUNICIPAL_UNIT');
    expect(filterFromQuery({ kind: 'PROVINCE' }).unitKind).toBe('');
  });

  it('round-trips through the query', () => {
    const filter = { campaignId: 'c1', countyId: 'u2', unitKind: 'COUNTY' as const };
    expect(filterFromQuery(filterToQuery(filter) as Record<string, string>)).toEqual(filter);
  });
});
