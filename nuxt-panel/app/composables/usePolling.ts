/** Runs `task` now and every `intervalMs` while the component is mounted; never overlaps itself. */
export function usePolling(task: () => Promise<void>, intervalMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let running = false;

  async function tick() {
    if (stopped || running) return;
    running = true;
    try {
      await task();
    } catch {
      // The task shows its own errors; keep polling.
    } finally {
      running = false;
      if (!stopped) timer = setTimeout(tick, intervalMs);
    }
  }

  /** Run now (e.g. right after an action) without waiting for the next tick. */
  async function refresh() {
    if (timer) clearTimeout(timer);
    await tick();
  }

  onMounted(() => {
    stopped = false;
    void tick();
  });
  onBeforeUnmount(() => {
    stopped = true;
    if (timer) clearTimeout(timer);
  });

  return { refresh };
}
