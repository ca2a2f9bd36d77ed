import { CreateFoundation1795929495028 } from './1795929495028-create-foundation.js';
import { AddTasksAndCalendar1795930049011 } from './1795930049011-add-tasks-and-calendar.js';
import { AddStoredFiles1795931122305 } from './1795931122305-add-stored-files.js';
import { AddResponsibilityLists1795931336396 } from './1795931336396-add-responsibility-lists.js';
import { AddAlerts1795933547912 } from './1795933547912-add-alerts.js';
import { AddAccountabilityRecords1795940792139 } from './1795940792139-add-accountability-records.js';
import { AddSupervisionOrders1795940911184 } from './1795940911184-add-supervision-orders.js';
import { AddReports1795941105316 } from './1795941105316-add-reports.js';
import { AddAuditActionIndex1795941291021 } from './1795941291021-add-audit-action-index.js';
import { AddDueDateExtensions1795941316917 } from './1795941316917-add-due-date-extensions.js';
import { AddWebhookDeliveries1795941915172 } from './1795941915172-add-webhook-deliveries.js';
import { AddReportFiler1795942436013 } from './1795942436013-add-report-filer.js';
import { AddAssignmentStates1795950829499 } from './1795950829499-add-assignment-states.js';
import { AddAlertTallyIndex1795951468736 } from './1795951468736-add-alert-tally-index.js';
import { IndexAssignmentsByUnitVersion1795959094688 } from './1795959094688-index-assignments-by-unit-version.js';

/** In order; never edit one that has landed. */
export const postgresMigrations = [
  CreateFoundation1795929495028,
  AddTasksAndCalendar1795930049011,
  AddStoredFiles1795931122305,
  AddResponsibilityLists1795931336396,
  AddAlerts1795933547912,
  AddAccountabilityRecords1795940792139,
  AddSupervisionOrders1795940911184,
  AddReports1795941105316,
  AddAuditActionIndex1795941291021,
  AddDueDateExtensions1795941316917,
  AddWebhookDeliveries1795941915172,
  AddReportFiler1795942436013,
  AddAssignmentStates1795950829499,
  AddAlertTallyIndex1795951468736,
  IndexAssignmentsByUnitVersion1795959094688,
];
