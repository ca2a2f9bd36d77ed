export default {
  login: {
    title: 'Sign in',
    subtitle: 'Responsibility Implementation Platform',
    username: 'Username',
    usernamePlaceholder: 'Enter your username',
    password: 'Password',
    passwordPlaceholder: 'Enter your password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    badCredentials: 'Wrong username or password',
    notice: 'Internal work system. Keep your password safe; every change is recorded.',
  },
  signOut: 'Sign out',
  signOutConfirm: 'Sign out now?',
  changePassword: {
    title: 'Change password',
    current: 'Current password',
    next: 'New password',
    repeat: 'Repeat new password',
    success: 'Password changed',
  },
};
