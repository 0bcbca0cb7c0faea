import type {
  ContainerSpec,
  InstallServerWorkflowInput,
  RestartServerWorkflowInput,
  ServerTarget,
  StartServerWorkflowInput,
  StopServerWorkflowInput,
} from '@stellarstack/contracts';
import type { EggRecord, ServerRecord } from '../db/models/index';
import { renderStartup } from '../eggs/render-startup';

/** How long the node waits for the done text, and for a stop before it kills. */
export interface PowerTimeouts {
  startTimeoutSeconds: number;
  stopTimeoutSeconds: number;
}

// Workflow inputs are snapshots of the egg and server at the moment the operation starts.

/** Which server on which node; all kill and delete need. */
export function serverTarget(server: ServerRecord): ServerTarget {
  return { serverId: server.id, nodeId: server.nodeId };
}

function limits(server: ServerRecord) {
  return { memoryMb: server.memoryMb, cpuPercent: server.cpuPercent, diskMb: server.diskMb };
}

/** Egg variables plus the SERVER_* values Pterodactyl gives every script and process. */
function serverEnvironment(server: ServerRecord): Record<string, string> {
  return {
    ...server.environment,
    SERVER_PORT: String(server.allocationPort),
    SERVER_IP: server.allocationIp,
    SERVER_MEMORY: String(server.memoryMb),
  };
}

export function defaultImage(egg: EggRecord): string {
  const first = Object.values(egg.dockerImages)[0];
  if (first === undefined) throw new Error(`Egg ${egg.id} has no docker image`);
  return first;
}

export function installInput(server: ServerRecord, egg: EggRecord): InstallServerWorkflowInput {
  return {
    ...serverTarget(server),
    install: {
      serverId: server.id,
      image: egg.installImage,
      entrypoint: egg.installEntrypoint,
      script: egg.installScript,
      environment: serverEnvironment(server),
      limits: limits(server),
    },
  };
}

function containerSpec(server: ServerRecord, egg: EggRecord): ContainerSpec {
  const environment = serverEnvironment(server);
  const startupCommand = renderStartup(egg.startup, environment);
  return {
    serverId: server.id,
    image: server.image ?? defaultImage(egg),
    startupCommand,
    environment: { ...environment, STARTUP: startupCommand },
    limits: limits(server),
    allocation: { ip: server.allocationIp, port: server.allocationPort },
    doneText: egg.doneText,
    stopCommand: egg.stopCommand,
  };
}

export function startInput(server: ServerRecord, egg: EggRecord, timeouts: PowerTimeouts): StartServerWorkflowInput {
  return { ...serverTarget(server), container: containerSpec(server, egg), startTimeoutSeconds: timeouts.startTimeoutSeconds };
}

export function stopInput(server: ServerRecord, egg: EggRecord, timeouts: PowerTimeouts): StopServerWorkflowInput {
  return { ...serverTarget(server), stopCommand: egg.stopCommand, stopTimeoutSeconds: timeouts.stopTimeoutSeconds };
}

export function restartInput(server: ServerRecord, egg: EggRecord, timeouts: PowerTimeouts): RestartServerWorkflowInput {
  return { ...startInput(server, egg, timeouts), ...stopInput(server, egg, timeouts) };
}
