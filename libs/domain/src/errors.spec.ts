import { ERROR_CODES, isErrorCode } from './errors.js';

describe('error codes', () => {
  it('lists the codes of the error model', () => {
    expect(ERROR_CODES).toEqual(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']);
  });

  it.each([
    ['FORBIDDEN', true],
    ['NOT_FOUND', true],
    ['INTERNAL_SERVER_ERROR', false],
    ['forbidden', false],
    [undefined, false],
    [404, false],
  ])('isErrorCode(%j) = %s', (value, expected) => {
    expect(isErrorCode(value)).toBe(expected);
  });
});
