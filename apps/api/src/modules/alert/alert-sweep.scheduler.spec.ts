import { describe, expect, it, jest } from '@jest/globals';
import type { AppConfig } from '../../core/config/app-config.js';
import { Queue } from 'bullmq';
import { AlertSweepScheduler, SWEEP_QUEUE } from './alert-sweep.scheduler.js';
import type { AlertSweepService, SweepResult } from './alert-sweep.service.js';

const config = (alertSweepEnabled: boolean) => ({ alertSweepEnabled }) as AppConfig;

describe('AlertSweepScheduler', () => {
  it('skips a tick while the previous sweep still runs', async () => {
    let finish: (result: SweepResult) => void = () => undefined;
    const runSweep = jest.fn(() => new Promise<SweepResult>((resolve) => (finish = resolve)));
    const scheduler = new AlertSweepScheduler(config(true), { runSweep } as unknown as AlertSweepService);
    const first = scheduler.tick();
    await expect(scheduler.tick()).resolves.toBe(false);
    finish({ fired: 0, escalated: 0, resolved: 0, evaluated: 0, skipped: 0 });
    await expect(first).resolves.toBe(true);
    // Once it finished, the next tick sweeps again.
    const next = scheduler.tick();
    finish({ fired: 0, escalated: 0, resolved: 0, evaluated: 0, skipped: 0 });
    await expect(next).resolves.toBe(true);
    expect(runSweep).toHaveBeenCalledTimes(2);
  });

  it('starts no timer when ALERT_SWEEP=false', () => {
    const setTimeoutSpy = jest.spyOn(globalThis, 'setTimeout');
    const scheduler = new AlertSweepScheduler(config(false), {
      runSweep: jest.fn(),
    } as unknown as AlertSweepService);
    void scheduler.onApplicationBootstrap();
    expect(setTimeoutSpy).not.toHaveBeenCalled();
    setTimeoutSpy.mockRestore();
  });

  it('sweeps soon after it starts, then at every quarter hour of the clock', async () => {
    // Friday 17:52:10 in Beijing: the weekly deadline is at 18:00.
    jest.useFakeTimers({ now: new Date('2026-11-27T17:52:10+08:00') });
    const at: string[] = [];
    const runSweep = jest.fn(async () => {
      at.push(new Date(Date.now()).toISOString());
      return { fired: 0, escalated: 0, resolved: 0, evaluated: 0, skipped: 0 };
    });
    const scheduler = new AlertSweepScheduler(config(true), { runSweep } as unknown as AlertSweepService);
    try {
      await scheduler.onApplicationBootstrap();
      await jest.advanceTimersByTimeAsync(40 * 60_000);
      expect(at).toEqual([
        '2026-11-27T09:52:20.000Z', // 10 s after the start
        '2026-11-27T10:00:00.000Z', // 18:00, the deadline
        '2026-11-27T10:15:00.000Z',
        '2026-11-27T10:30:00.000Z',
      ]);
    } finally {
      await scheduler.onApplicationShutdown();
      jest.useRealTimers();
    }
  });

  it('keeps going after a failed sweep', async () => {
    const runSweep = jest.fn(() => Promise.reject(new Error('database down')));
    const scheduler = new AlertSweepScheduler(config(true), { runSweep } as unknown as AlertSweepService);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(scheduler.tick()).resolves.toBe(false);
    await expect(scheduler.tick()).resolves.toBe(false);
    expect(runSweep).toHaveBeenCalledTimes(2);
  });

  it('with Redis, runs one sweep per interval however many processes schedule it', async () => {
    const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
    const prefix = `lvze-test-${process.pid}-${Date.now()}`;
    let sweeps = 0;
    const runSweep = jest.fn(async () => {
      sweeps++;
      return { fired: 0, escalated: 0, resolved: 0, evaluated: 0, skipped: 0 };
    });
    // Two API processes, each registering the schedule and a worker on one Redis.
    const processes = [1, 2].map(
      () => new AlertSweepScheduler(config(true), { runSweep } as unknown as AlertSweepService),
    );
    try {
      for (const p of processes) await p.startShared(redisUrl, 500, prefix);
      await new Promise((resolve) => setTimeout(resolve, 2_600));
    } finally {
      for (const p of processes) await p.onApplicationShutdown();
      const queue = new Queue(SWEEP_QUEUE, { connection: { url: redisUrl }, prefix });
      await queue.obliterate({ force: true });
      await queue.close();
    }
    // About five intervals passed: each swept once, not once per process (which would be ~10).
    expect(sweeps).toBeGreaterThanOrEqual(2);
    expect(sweeps).toBeLessThanOrEqual(7);
  }, 20_000);
});
