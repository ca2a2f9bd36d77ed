import { CreateFoundation1795929495028 } from './1795929495028-create-foundation.js';

/** In order; never edit one that has landed. */
export const postgresMigrations = [CreateFoundation1795929495028];
