import { CreateFoundation1795929493413 } from './1795929493413-create-foundation.js';

/** In order; never edit one that has landed. */
export const sqliteMigrations = [CreateFoundation1795929493413];
