import { CreateFoundation1795929493413 } from './1795929493413-create-foundation.js';
import { AddTasksAndCalendar1795930046468 } from './1795930046468-add-tasks-and-calendar.js';

/** In order; never edit one that has landed. */
export const sqliteMigrations = [CreateFoundation1795929493413, AddTasksAndCalendar1795930046468];
