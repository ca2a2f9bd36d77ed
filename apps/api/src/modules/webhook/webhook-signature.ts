import { createHmac } from 'node:crypto';

/**
 * The signature a receiver checks: HMAC-SHA256 over "<timestamp>.<body>" with the shared secret,
 * hex, as `sha256=<hex>` in X-Lvze-Signature. The timestamp (Unix seconds, X-Lvze-Timestamp)
 * inside the signed text lets the receiver refuse replays.
 */
export function signWebhookBody(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export const MAX_DELIVERY_ATTEMPTS = 8;

/** Minutes before the next try after `attempts` failed ones: 1, 2, 4 … capped at an hour. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(attempts - 1, 0), 60);
}
