/**
 * Workflow inputs carry a snapshot of everything the node needs, rendered by the API
 * when the operation starts: workflows stay deterministic and the node never asks
 * PostgreSQL for a server's configuration.
 */
export interface ServerLimits {
  memoryMb: number;
  /** 100 = one full core. */
  cpuPercent: number;
  diskMb: number;
}

export interface Allocation {
  ip: string;
  port: number;
}

/** How the node installs a server: the egg's install script in its installer image. */
export interface InstallSpec {
  serverId: string;
  /** Installer image, e.g. `ghcr.io/pterodactyl/installers:alpine`. */
  image: string;
  /** Program that runs the script, e.g. `bash` or `ash`. */
  entrypoint: string;
  /** The egg's install script, with LF line endings. */
  script: string;
  /** Egg variables plus SERVER_* values. */
  environment: Record<string, string>;
  limits: ServerLimits;
}

/** How the node runs a server's game container. */
export interface ContainerSpec {
  serverId: string;
  image: string;
  /** The egg's startup command with its `{{VAR}}` placeholders rendered; also in `environment.STARTUP`. */
  startupCommand: string;
  /** Egg variables plus SERVER_PORT, SERVER_IP, SERVER_MEMORY and STARTUP. */
  environment: Record<string, string>;
  limits: ServerLimits;
  allocation: Allocation;
  /** Any of these appearing in output since the start means the server is up (egg `config.startup.done`). */
  doneText: string[];
  /** Egg `config.stop`; `^C` means SIGINT. */
  stopCommand: string;
}

export interface ServerTarget {
  serverId: string;
  nodeId: string;
}

export interface InstallServerWorkflowInput extends ServerTarget {
  install: InstallSpec;
}

export interface StartServerWorkflowInput extends ServerTarget {
  container: ContainerSpec;
  startTimeoutSeconds: number;
}

export interface StopServerWorkflowInput extends ServerTarget {
  stopCommand: string;
  stopTimeoutSeconds: number;
}

export type RestartServerWorkflowInput = StartServerWorkflowInput & StopServerWorkflowInput;

export type KillServerWorkflowInput = ServerTarget;

export type DeleteServerWorkflowInput = ServerTarget;
