// Kept in the domain library so the web can show the same problems before the API rejects a password.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MIN_KINDS = 3;

export type PasswordProblem = 'tooShort' | 'tooFewKinds';

const KINDS = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

export function passwordProblems(password: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  // Count code points, so a character outside the BMP is one character, not two.
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push('tooShort');
  if (KINDS.filter((kind) => kind.test(password)).length < PASSWORD_MIN_KINDS) problems.push('tooFewKinds');
  return problems;
}

export function isStrongPassword(password: string): boolean {
  return passwordProblems(password).length === 0;
}
