import { defineTopic } from '../../core/pubsub/pubsub.js';
import type { Alert } from './alert.entity.js';

/** Every alert a sweep fires, reopens or escalates, as stored after the change. */
export const ALERT_FIRED = defineTopic<Alert>('alert.fired');
