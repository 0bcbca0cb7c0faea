// Every workflow the control-plane worker registers. Deterministic code only:
// activities are imported as types and reached through proxies.
export { installServerWorkflow } from './install-server';
export { startServerWorkflow, stopServerWorkflow, restartServerWorkflow, killServerWorkflow } from './power';
export { deleteServerWorkflow } from './delete-server';
