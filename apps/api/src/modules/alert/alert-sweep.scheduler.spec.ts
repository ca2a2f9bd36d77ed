import { describe, expect, it, jest } from '@jest/globals';
import type { AppConfig } from '../../core/config/app-config.js';
import { AlertSweepScheduler } from './alert-sweep.scheduler.js';
import type { AlertSweepService, SweepResult } from './alert-sweep.service.js';

const config = (alertSweepEnabled: boolean) => ({ alertSweepEnabled }) as AppConfig;

describe('AlertSweepScheduler', () => {
  it('skips a tick while the previous sweep still runs', async () => {
    let finish: (result: SweepResult) => void = () => undefined;
    const runSweep = jest.fn(() => new Promise<SweepResult>((resolve) => (finish = resolve)));
    const scheduler = new AlertSweepScheduler(config(true), { runSweep } as unknown as AlertSweepService);
    const first = scheduler.tick();
    await expect(scheduler.tick()).resolves.toBe(false);
    finish({ fired: 0, escalated: 0, resolved: 0 });
    await expect(first).resolves.toBe(true);
    // Once it finished, the next tick sweeps again.
    const next = scheduler.tick();
    finish({ fired: 0, escalated: 0, resolved: 0 });
    await expect(next).resolves.toBe(true);
    expect(runSweep).toHaveBeenCalledTimes(2);
  });

  it('starts no timer when ALERT_SWEEP=false', () => {
    const setIntervalSpy = jest.spyOn(globalThis, 'setInterval');
    const scheduler = new AlertSweepScheduler(config(false), {
      runSweep: jest.fn(),
    } as unknown as AlertSweepService);
    scheduler.onApplicationBootstrap();
    expect(setIntervalSpy).not.toHaveBeenCalled();
    setIntervalSpy.mockRestore();
  });

  it('keeps going after a failed sweep', async () => {
    const runSweep = jest.fn(() => Promise.reject(new Error('database down')));
    const scheduler = new AlertSweepScheduler(config(true), { runSweep } as unknown as AlertSweepService);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(scheduler.tick()).resolves.toBe(false);
    await expect(scheduler.tick()).resolves.toBe(false);
    expect(runSweep).toHaveBeenCalledTimes(2);
  });
});
