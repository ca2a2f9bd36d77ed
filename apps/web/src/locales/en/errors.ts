export default {
  codes: {
    UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
    FORBIDDEN: 'You are not allowed to do this.',
    BAD_USER_INPUT: 'Some input is invalid. Please check and try again.',
    NOT_FOUND: 'The record does not exist or was deleted.',
    CONFLICT: 'Someone else changed this record. Reload and try again.',
  },
  network: 'Cannot reach the server. Check the network and try again.',
  unknown: 'The system is busy. Please try again later.',
  forbiddenPage: {
    title: 'Access denied',
    description: 'Your account cannot open this page. Ask the system administrator if you need it.',
  },
  notFoundPage: {
    title: 'Page not found',
    description: 'The page does not exist or has been removed.',
  },
};
