import { CreateFoundation1795929493413 } from './1795929493413-create-foundation.js';
import { AddTasksAndCalendar1795930046468 } from './1795930046468-add-tasks-and-calendar.js';
import { AddStoredFiles1795931118779 } from './1795931118779-add-stored-files.js';
import { AddResponsibilityLists1795931330246 } from './1795931330246-add-responsibility-lists.js';
import { AddAlerts1795933537362 } from './1795933537362-add-alerts.js';
import { AddAccountabilityRecords1795940789789 } from './1795940789789-add-accountability-records.js';
import { AddSupervisionOrders1795940907249 } from './1795940907249-add-supervision-orders.js';
import { AddReports1795941097835 } from './1795941097835-add-reports.js';
import { AddAuditActionIndex1795941281707 } from './1795941281707-add-audit-action-index.js';
import { AddDueDateExtensions1795941311148 } from './1795941311148-add-due-date-extensions.js';
import { AddWebhookDeliveries1795941904739 } from './1795941904739-add-webhook-deliveries.js';
import { AddReportFiler1795942429127 } from './1795942429127-add-report-filer.js';
import { AddAssignmentStates1795950827486 } from './1795950827486-add-assignment-states.js';
import { AddAlertTallyIndex1795951466944 } from './1795951466944-add-alert-tally-index.js';
import { IndexAssignmentsByUnitVersion1795959092438 } from './1795959092438-index-assignments-by-unit-version.js';

/** In order; never edit one that has landed. */
export const sqliteMigrations = [
  CreateFoundation1795929493413,
  AddTasksAndCalendar1795930046468,
  AddStoredFiles1795931118779,
  AddResponsibilityLists1795931330246,
  AddAlerts1795933537362,
  AddAccountabilityRecords1795940789789,
  AddSupervisionOrders1795940907249,
  AddReports1795941097835,
  AddAuditActionIndex1795941281707,
  AddDueDateExtensions1795941311148,
  AddWebhookDeliveries1795941904739,
  AddReportFiler1795942429127,
  AddAssignmentStates1795950827486,
  AddAlertTallyIndex1795951466944,
  IndexAssignmentsByUnitVersion1795959092438,
];
