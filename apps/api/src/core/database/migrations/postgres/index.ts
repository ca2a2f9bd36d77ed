import { CreateFoundation1795929495028 } from './1795929495028-create-foundation.js';
import { AddTasksAndCalendar1795930049011 } from './1795930049011-add-tasks-and-calendar.js';

/** In order; never edit one that has landed. */
export const postgresMigrations = [CreateFoundation1795929495028, AddTasksAndCalendar1795930049011];
