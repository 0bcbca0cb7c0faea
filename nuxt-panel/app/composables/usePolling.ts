/** Runs `task` now and every `intervalMs` while the component is mounted; never overlaps itself. */
export function usePolling(task: () => Promise<void>, intervalMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let running: Promise<void> | null = null;
  /** A refresh asked for while a run was in flight: that run may have read too early, so run again. */
  let again = false;

  async function tick(): Promise<void> {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    try {
      await task();
    } catch {
      // The task shows its own errors; keep polling.
    }
  }

  function schedule() {
    if (timer) clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void refresh(), intervalMs);
  }

  /** Run now (e.g. right after an action or a status change) without waiting for the next tick. */
  async function refresh(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await tick();
      } while (again && !stopped);
      running = null;
      schedule();
    })();
    return running;
  }

  onMounted(() => {
    stopped = false;
    void refresh();
  });
  onBeforeUnmount(() => {
    stopped = true;
    if (timer) clearTimeout(timer);
  });

  return { refresh };
}
