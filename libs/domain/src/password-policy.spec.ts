import { isStrongPassword, passwordProblems } from './password-policy.js';

describe('password policy', () => {
  it.each([
    ['Lvze@2026', []],
    ['lvze2026A', []],
    ['lvze@2026', []],
    ['履责Lvze2026', []],
    ['Lv@26', ['tooShort']],
    ['lvze2026', ['tooFewKinds']],
    ['LVZELVZE', ['tooFewKinds']],
    ['abc', ['tooShort', 'tooFewKinds']],
    ['', ['tooShort', 'tooFewKinds']],
    ['Ab1!Ab1', ['tooShort']],
    ['Ab1!Ab1!', []],
  ])('passwordProblems(%j) = %j', (password, expected) => {
    expect(passwordProblems(password)).toEqual(expected);
    expect(isStrongPassword(password)).toBe(expected.length === 0);
  });
});
