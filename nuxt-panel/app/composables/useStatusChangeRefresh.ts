import type { ServerStatus } from '@stellarstack/contracts';

/** How long after the node reports a change the API's record is looked at once more. */
const FOLLOW_UP_MS = 1000;

/**
 * Keeps the operations list in step with the status instead of waiting for the next poll:
 * a change in the API's record refreshes the operations at once (the record and an operation's
 * end are written together); a change the node reports comes just before the workflow writes
 * the record, so the server and the operations are read now and once more a moment later.
 */
export function useStatusChangeRefresh(options: {
  nodeStatus: Ref<ServerStatus | null>;
  apiStatus: Ref<ServerStatus | null>;
  refreshServer: () => Promise<void>;
  refreshOperations: () => Promise<void>;
}) {
  let followUp: ReturnType<typeof setTimeout> | undefined;

  const refreshBoth = () => Promise.all([options.refreshServer(), options.refreshOperations()]);

  watch(options.apiStatus, (to, from) => {
    if (from && to) void options.refreshOperations();
  });

  watch(options.nodeStatus, (to, from) => {
    if (!from || !to) return;
    void refreshBoth();
    if (followUp) clearTimeout(followUp);
    followUp = setTimeout(() => void refreshBoth(), FOLLOW_UP_MS);
  });

  onBeforeUnmount(() => {
    if (followUp) clearTimeout(followUp);
  });
}
