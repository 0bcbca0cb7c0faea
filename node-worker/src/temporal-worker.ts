import { NativeConnection, Worker } from '@temporalio/worker';
import { nodeTaskQueue, type NodeActivities } from '@stellarstack/contracts';

export interface RunningWorker {
  /** Stops polling, lets running activities wind down briefly, then closes the connection. */
  shutdown(): Promise<void>;
  /** Settles when the worker stops, rejecting if it crashed. */
  done: Promise<void>;
}

/** Activities only: workflows run on the control plane, never on a node. */
export async function startTemporalWorker(options: {
  address: string;
  namespace: string;
  nodeId: string;
  activities: NodeActivities;
}): Promise<RunningWorker> {
  const connection = await NativeConnection.connect({ address: options.address });
  const worker = await Worker.create({
    connection,
    namespace: options.namespace,
    taskQueue: nodeTaskQueue(options.nodeId),
    activities: options.activities,
    shutdownGraceTime: '2 seconds',
    shutdownForceTime: '4 seconds',
  });
  const done = worker.run().finally(() => connection.close());
  return {
    done,
    async shutdown() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done;
    },
  };
}
