import { onBeforeUnmount, ref } from 'vue';

export type DraftState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';
export type DraftSaveResult = { ok: true; savedAt: string | null } | { ok: false; error: unknown };

// Drafts saved as the reporter types: each change waits `delayMs` of quiet, saves run one at a
// time (each carries the version the previous one returned), and flush() saves at once before a
// submit.
export function useDraftAutosave<Content>(
  save: (content: Content) => Promise<DraftSaveResult>,
  delayMs = 1200,
) {
  const state = ref<DraftState>('idle');
  const savedAt = ref<string | null>(null);
  const error = ref<unknown>(null);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { content: Content } | null = null;
  let inFlight: Promise<void> | null = null;

  function clearTimer() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  async function run(): Promise<void> {
    clearTimer();
    while (inFlight) await inFlight;
    if (!pending) return;
    const { content } = pending;
    pending = null;
    state.value = 'saving';
    inFlight = save(content).then((result) => {
      if (result.ok) {
        savedAt.value = result.savedAt;
        error.value = null;
        state.value = pending ? 'pending' : 'saved';
      } else {
        error.value = result.error;
        state.value = 'failed';
      }
    });
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
  }

  function schedule(content: Content) {
    pending = { content };
    state.value = 'pending';
    clearTimer();
    timer = setTimeout(() => void run(), delayMs);
  }

  // Forget unsaved changes (another report opened, or the report was just filed).
  function reset(initialSavedAt: string | null = null) {
    clearTimer();
    pending = null;
    savedAt.value = initialSavedAt;
    error.value = null;
    state.value = initialSavedAt ? 'saved' : 'idle';
  }

  onBeforeUnmount(() => {
    // Leaving the page: what was typed in the last second is still worth keeping.
    if (pending) void run();
  });

  return { state, savedAt, error, schedule, flush: run, reset };
}
