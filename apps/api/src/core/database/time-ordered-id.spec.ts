import { describe, expect, it } from '@jest/globals';
import { timeOrderedId } from './time-ordered-id.js';

describe('timeOrderedId', () => {
  it('sorts in creation order, even many within one millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => timeOrderedId());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is a version 7, RFC 9562 variant UUID', () => {
    expect(timeOrderedId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
