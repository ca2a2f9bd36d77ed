import { describe, expect, it } from 'vitest';
import { mayRequestExtension } from './extension-labels';

const task = (statuses: ('PENDING' | 'APPROVED' | 'REFUSED')[] = []) => ({
  leadUnit: { id: 'ziyuan' },
  extensions: statuses.map((status) => ({ status })),
});

describe('who may ask for more time', () => {
  it('lets the lead unit’s reporter and staff ask', () => {
    expect(mayRequestExtension({ roles: ['REPORTER'], unit: { id: 'ziyuan' } }, task())).toBe(true);
    expect(mayRequestExtension({ roles: ['STAFF'], unit: null }, task(['REFUSED']))).toBe(true);
  });

  it('refuses other units, leaders, and a second request while one is pending', () => {
    expect(mayRequestExtension({ roles: ['REPORTER'], unit: { id: 'lingui' } }, task())).toBe(false);
    expect(mayRequestExtension({ roles: ['LEADER'], unit: null }, task())).toBe(false);
    expect(mayRequestExtension({ roles: ['STAFF'], unit: null }, task(['PENDING']))).toBe(false);
    expect(mayRequestExtension(null, task())).toBe(false);
  });
});
