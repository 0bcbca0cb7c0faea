import type { ServerStatus } from '@stellarstack/contracts';

/** When, after the node reports a change, the API's record is looked at again (it follows within moments). */
const FOLLOW_UPS_MS = [300, 1000, 2000];

/**
 * Keeps the operations list in step with the status instead of waiting for the next poll:
 * a change in the API's record refreshes the operations at once (the record and an operation's
 * end are written together); a change the node reports comes just before the workflow writes
 * the record, so the server and the operations are read now and a few times in the next seconds.
 */
export function useStatusChangeRefresh(options: {
  nodeStatus: Ref<ServerStatus | null>;
  apiStatus: Ref<ServerStatus | null>;
  refreshServer: () => Promise<void>;
  refreshOperations: () => Promise<void>;
}) {
  let followUps: ReturnType<typeof setTimeout>[] = [];
  const cancelFollowUps = () => {
    followUps.forEach(clearTimeout);
    followUps = [];
  };

  const refreshBoth = () => Promise.all([options.refreshServer(), options.refreshOperations()]);

  watch(options.apiStatus, (to, from) => {
    if (from && to) void options.refreshOperations();
  });

  watch(options.nodeStatus, (to, from) => {
    if (!from || !to) return;
    void refreshBoth();
    cancelFollowUps();
    followUps = FOLLOW_UPS_MS.map((ms) => setTimeout(() => void refreshBoth(), ms));
  });

  onBeforeUnmount(cancelFollowUps);
}
