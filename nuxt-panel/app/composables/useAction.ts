/**
 * A form's or button's async action: `busy` while it runs and `error` from its last
 * failure (shown by <ErrorNotice>), so every action in the panel reports the same way.
 */
export function useAction() {
  const busy = ref(false);
  const error = ref<unknown>(null);

  async function run(action: () => Promise<void>): Promise<void> {
    busy.value = true;
    error.value = null;
    try {
      await action();
    } catch (caught) {
      error.value = caught;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, run };
}
