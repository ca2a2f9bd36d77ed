import { createHmac } from 'node:crypto';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMinutes, signWebhookBody } from './webhook-signature.js';

describe('webhook signing and retries', () => {
  it('signs "<timestamp>.<body>" with HMAC-SHA256, as a receiver would check it', () => {
    const body = '{"event":"FIRED"}';
    const expected = createHmac('sha256', 'a-shared-secret-1234').update(`1764400000.${body}`).digest('hex');
    expect(signWebhookBody('a-shared-secret-1234', 1764400000, body)).toBe(`sha256=${expected}`);
    expect(signWebhookBody('another-secret-12345', 1764400000, body)).not.toBe(`sha256=${expected}`);
  });

  it('backs off 1, 2, 4 … minutes, never more than an hour, and gives up after 8 tries', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(retryDelayMinutes)).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    expect(MAX_DELIVERY_ATTEMPTS).toBe(8);
  });
});
