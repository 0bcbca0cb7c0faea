// Contracts shared by the API, workflows, activities, node-worker and panel.
// Safe to import from workflow code: no I/O here (the console token lives in its own entry point).
export * from './permissions';
export * from './server-status';
export * from './operations';
export * from './task-queues';
export * from './workflow-inputs';
export * from './activities';
export * from './socket-events';
export * from './node-api';
export * from './errors';
export * from './api-views';
export * from './console-command';
