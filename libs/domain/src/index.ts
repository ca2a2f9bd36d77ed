export * from './beijing-time.js';
export * from './iso-week.js';
export * from './working-calendar.js';
export * from './task-status.js';
export * from './status-palette.js';
export * from './errors.js';
export * from './password-policy.js';
