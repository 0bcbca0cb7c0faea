import type {
  DeleteServerWorkflowInput,
  InstallServerWorkflowInput,
  KillServerWorkflowInput,
  OperationType,
  RestartServerWorkflowInput,
  StartServerWorkflowInput,
  StopServerWorkflowInput,
} from '@stellarstack/contracts';

/** Each operation's workflow input, so a start cannot pair a type with the wrong input. */
interface OperationInputs {
  install: InstallServerWorkflowInput;
  start: StartServerWorkflowInput;
  stop: StopServerWorkflowInput;
  restart: RestartServerWorkflowInput;
  kill: KillServerWorkflowInput;
  delete: DeleteServerWorkflowInput;
}

export type OperationInput<T extends OperationType> = OperationInputs[T];
