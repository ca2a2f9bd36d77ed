import { AuditEvent } from './modules/audit/audit-event.entity.js';
import { Campaign } from './modules/campaign/campaign.entity.js';
import { Unit } from './modules/organization/unit.entity.js';
import { User } from './modules/user/user.entity.js';

/** Every stored entity; migrations for both dialects are generated from this list. */
export const ENTITIES = [Unit, User, Campaign, AuditEvent];
