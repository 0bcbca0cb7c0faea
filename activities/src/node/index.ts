// What node-worker needs from the node side: the activities, the Docker runtime and the servers' state.
export { createNodeActivities } from './create-node-activities';
export type { NodeActivityDeps } from './activities/node-activity-deps';
export { DockerRuntime } from './runtime/docker-runtime';
export { ServerRegistry } from './servers/server-registry';
export type { ServerState, ServerListener } from './servers/server-state';
