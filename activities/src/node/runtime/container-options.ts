import type Docker from 'dockerode';
import type { ContainerSpec, InstallSpec, ServerLimits } from '@stellarstack/contracts';
import { installerContainerName, installerLabels, serverContainerName, serverLabels } from './container-names';

/** Where the installer sees its script; mounted read-only from a node-side folder. */
export const INSTALL_SCRIPT_DIR = '/mnt/install';
export const INSTALL_SCRIPT_PATH = `${INSTALL_SCRIPT_DIR}/install.sh`;

/**
 * Docker keeps a container's output on disk, by default without a limit: a game (or an install
 * script) printing in a loop would fill the node's disk. Consoles and start checks read only
 * the recent output, so a few megabytes are plenty (Wings keeps 5 MB).
 */
const BOUNDED_LOGS: Docker.HostConfig['LogConfig'] = { Type: 'json-file', Config: { 'max-size': '5m', 'max-file': '2' } };

function environmentList(environment: Record<string, string>): string[] {
  return Object.entries(environment).map(([key, value]) => `${key}=${value}`);
}

/** 0 means "no limit" for Docker, which is what an egg with a 0 limit asks for. */
function resourceLimits(limits: ServerLimits): Docker.HostConfig {
  return {
    Memory: Math.max(0, Math.round(limits.memoryMb)) * 1024 * 1024,
    NanoCpus: Math.max(0, Math.round((limits.cpuPercent / 100) * 1e9)),
  };
}

export function installerContainerOptions(
  spec: InstallSpec,
  paths: { serverDir: string; scriptDir: string },
): Docker.ContainerCreateOptions {
  return {
    name: installerContainerName(spec.serverId),
    Image: spec.image,
    Entrypoint: [spec.entrypoint, INSTALL_SCRIPT_PATH],
    Cmd: [],
    Env: environmentList(spec.environment),
    Labels: installerLabels(spec.serverId),
    // The install script is not interactive: no stdin, and no TTY so stdout and stderr stay apart.
    Tty: false,
    OpenStdin: false,
    AttachStdout: true,
    AttachStderr: true,
    WorkingDir: '/mnt/server',
    HostConfig: {
      ...resourceLimits(spec.limits),
      LogConfig: BOUNDED_LOGS,
      Binds: [`${paths.serverDir}:/mnt/server`, `${paths.scriptDir}:${INSTALL_SCRIPT_DIR}:ro`],
    },
  };
}

export function serverContainerOptions(
  spec: ContainerSpec,
  options: { serverDir: string; gameUid: number; imageHasEntrypoint: boolean },
): Docker.ContainerCreateOptions {
  const { ip, port } = spec.allocation;
  const binding = [{ HostIp: ip, HostPort: String(port) }];
  return {
    name: serverContainerName(spec.serverId),
    Image: spec.image,
    // Pterodactyl-style images run $STARTUP from their own entrypoint; plain images get it through a shell.
    ...(options.imageHasEntrypoint ? {} : { Cmd: ['/bin/sh', '-c', spec.startupCommand] }),
    Env: environmentList(spec.environment),
    Labels: serverLabels(spec.serverId),
    User: `${options.gameUid}:${options.gameUid}`,
    WorkingDir: '/home/container',
    // Like Wings: a TTY and open stdin, so the console is one raw stream we can also write commands to.
    Tty: true,
    OpenStdin: true,
    StdinOnce: false,
    AttachStdin: true,
    AttachStdout: true,
    AttachStderr: true,
    ExposedPorts: { [`${port}/tcp`]: {}, [`${port}/udp`]: {} },
    HostConfig: {
      ...resourceLimits(spec.limits),
      LogConfig: BOUNDED_LOGS,
      Binds: [`${options.serverDir}:/home/container`],
      PortBindings: { [`${port}/tcp`]: binding, [`${port}/udp`]: binding },
    },
  };
}
