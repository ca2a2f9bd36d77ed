import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDraftAutosave, type DraftSaveResult } from './draft-autosave';

vi.mock('vue', async (original) => ({
  ...(await original<typeof import('vue')>()),
  onBeforeUnmount: vi.fn(),
}));

describe('useDraftAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after the typing stops', async () => {
    const save = vi.fn(async (): Promise<DraftSaveResult> => ({
      ok: true,
      savedAt: '2026-11-25T10:00:00+08:00',
    }));
    const draft = useDraftAutosave<string>(save, 1000);
    draft.schedule('a');
    await vi.advanceTimersByTimeAsync(500);
    draft.schedule('ab');
    expect(draft.state.value).toBe('pending');
    await vi.advanceTimersByTimeAsync(999);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('ab');
    expect(draft.state.value).toBe('saved');
    expect(draft.savedAt.value).toBe('2026-11-25T10:00:00+08:00');
  });

  it('runs saves one after another, the latest content last', async () => {
    let release: () => void = () => undefined;
    const save = vi.fn(
      (content: string) =>
        new Promise<DraftSaveResult>((resolve) => {
          release = () => resolve({ ok: true, savedAt: content });
        }),
    );
    const draft = useDraftAutosave<string>(save, 100);
    draft.schedule('one');
    await vi.advanceTimersByTimeAsync(100);
    draft.schedule('two');
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith('two');
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(draft.savedAt.value).toBe('two');
    expect(draft.state.value).toBe('saved');
  });

  it('flushes at once before a submit and reports a failure', async () => {
    const save = vi.fn(async (): Promise<DraftSaveResult> => ({ ok: false, error: new Error('网络错误') }));
    const draft = useDraftAutosave<string>(save, 5000);
    draft.schedule('x');
    await draft.flush();
    expect(save).toHaveBeenCalledWith('x');
    expect(draft.state.value).toBe('failed');
    await draft.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('forgets unsaved changes on reset', async () => {
    const save = vi.fn(async (): Promise<DraftSaveResult> => ({ ok: true, savedAt: null }));
    const draft = useDraftAutosave<string>(save, 100);
    draft.schedule('x');
    draft.reset('2026-11-01T09:00:00+08:00');
    await vi.advanceTimersByTimeAsync(200);
    expect(save).not.toHaveBeenCalled();
    expect(draft.state.value).toBe('saved');
  });
});
