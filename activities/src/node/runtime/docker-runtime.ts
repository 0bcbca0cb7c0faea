import type { Duplex, Readable } from 'node:stream';
import Docker from 'dockerode';
import { ApplicationFailure } from '@temporalio/common';
import { type ContainerOwner, INSTALLER_ROLE, isOwnedBy, LABELS, ownerLabelFilter, ownerLabels } from './container-names';
import { watchContainerDeaths } from './death-watch';
import { errorMessage, statusCode } from './docker-errors';
import { demuxLiveStream, demuxLogBuffer } from './docker-output';

export interface ContainerState {
  id: string;
  running: boolean;
  /** RFC 3339 with nanoseconds, as Docker reports it. */
  startedAt: string;
}

export interface ManagedContainer {
  name: string;
  serverId: string;
  installer: boolean;
}

export type ContainerSignal = 'SIGINT' | 'SIGKILL';

/** How Docker words a port binding that another process already holds. */
const PORT_TAKEN = /address already in use|port is already allocated/i;

/**
 * The only module that talks to Docker (like Wings' environment package): everything
 * else works with container names and plain streams of text.
 *
 * It sees only its owner's containers: it labels every container it creates with the owner,
 * lists and watches by those labels, and refuses to inspect or remove a container of that
 * name that another node-worker on the same Docker engine created.
 */
export class DockerRuntime {
  constructor(
    private readonly owner: ContainerOwner,
    /** Dockerode reads DOCKER_HOST itself and falls back to /var/run/docker.sock. */
    private readonly docker: Docker = new Docker(),
  ) {}

  /** Where we expect Docker, for messages that tell the operator what to fix. */
  static socketDescription(): string {
    return process.env.DOCKER_HOST || '/var/run/docker.sock';
  }

  async ping(): Promise<void> {
    await this.docker.ping();
  }

  /** Uses a local image when present; pulls only when missing, and fails for good when it cannot be had. */
  async ensureImage(image: string): Promise<void> {
    if (await this.imageExists(image)) return;
    try {
      const progress = await this.docker.pull(image);
      await new Promise<void>((resolve, reject) =>
        this.docker.modem.followProgress(progress, (error) => (error ? reject(error) : resolve())),
      );
    } catch (error) {
      throw ApplicationFailure.nonRetryable(
        `Image ${image} is not on this node and could not be pulled: ${errorMessage(error)}`,
        'ImageUnavailable',
      );
    }
  }

  async imageHasEntrypoint(image: string): Promise<boolean> {
    const info = await this.docker.getImage(image).inspect();
    return (info.Config.Entrypoint?.length ?? 0) > 0;
  }

  /** Null when there is no such container; fails for good when another node owns it. */
  async inspect(name: string): Promise<ContainerState | null> {
    const info = await this.inspectOwn(name);
    return info && { id: info.Id, running: info.State.Running, startedAt: info.State.StartedAt };
  }

  /** Labels the container with this runtime's owner; returns the new container's id. */
  async create(options: Docker.ContainerCreateOptions): Promise<string> {
    try {
      return (await this.docker.createContainer({ ...options, Labels: { ...options.Labels, ...ownerLabels(this.owner) } })).id;
    } catch (error) {
      // 400: Docker refuses the settings themselves (e.g. memory under its 6 MB minimum); a retry would send the same.
      if (statusCode(error) !== 400) throw error;
      throw ApplicationFailure.nonRetryable(`Docker refused the container's settings: ${errorMessage(error)}`, 'ContainerRejected');
    }
  }

  async start(name: string): Promise<void> {
    try {
      await this.docker.getContainer(name).start();
    } catch (error) {
      // Another program holds the allocation's port; retrying would wait on it forever.
      if (!PORT_TAKEN.test(errorMessage(error))) throw error;
      throw ApplicationFailure.nonRetryable(
        `The server's port is already in use on this node by another program; give the server another allocation. (${errorMessage(error)})`,
        'PortInUse',
      );
    }
  }

  /** A running container's console: output as it comes, and (with a TTY) a writable stdin. */
  async attachConsole(name: string): Promise<Duplex> {
    const stream = await this.docker.getContainer(name).attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true });
    return stream as Duplex;
  }

  /** Output only, stdout and stderr merged, whether or not the container has a TTY. */
  async attachOutput(name: string): Promise<Readable> {
    const container = this.docker.getContainer(name);
    const info = await container.inspect();
    const stream = await container.attach({ stream: true, stdout: true, stderr: true });
    return demuxLiveStream(this.docker, stream, info.Config.Tty);
  }

  /** Output since a moment (seconds since the epoch), or the last `tail` lines. */
  async logs(name: string, options: { sinceSeconds?: number; tail?: number }): Promise<string> {
    const container = this.docker.getContainer(name);
    const info = await container.inspect();
    const buffer = await container.logs({
      stdout: true,
      stderr: true,
      follow: false,
      ...(options.sinceSeconds !== undefined ? { since: options.sinceSeconds } : {}),
      ...(options.tail !== undefined ? { tail: options.tail } : {}),
    });
    return demuxLogBuffer(buffer, info.Config.Tty).toString('utf8');
  }

  /** Ignores a container that is not running: the signal's purpose is already met. */
  async kill(name: string, signal: ContainerSignal): Promise<void> {
    try {
      await this.docker.getContainer(name).kill({ signal });
    } catch (error) {
      if (statusCode(error) !== 409 && statusCode(error) !== 404) throw error;
    }
  }

  /** Resolves with the exit code once the container has stopped (at once if it already has). */
  async wait(name: string): Promise<number> {
    const result = (await this.docker.getContainer(name).wait()) as { StatusCode: number };
    return result.StatusCode;
  }

  /** Idempotent: a missing container is already removed. Fails for good when another node owns it. */
  async remove(name: string): Promise<void> {
    if (!(await this.inspectOwn(name))) return;
    try {
      await this.docker.getContainer(name).remove({ force: true, v: true });
    } catch (error) {
      if (statusCode(error) !== 404) throw error;
    }
  }

  /** This owner's containers, optionally only one server's or only running ones. */
  async listOwned(filter: { serverId?: string; runningOnly?: boolean } = {}): Promise<ManagedContainer[]> {
    const label = ownerLabelFilter(this.owner);
    if (filter.serverId) label.push(`${LABELS.server}=${filter.serverId}`);
    const containers = await this.docker.listContainers({ all: !filter.runningOnly, filters: { label } });
    return containers.map((container) => ({
      name: (container.Names[0] ?? container.Id).replace(/^\//, ''),
      serverId: container.Labels[LABELS.server] ?? '',
      installer: container.Labels[LABELS.role] === INSTALLER_ROLE,
    }));
  }

  /** Calls `onDie(serverId)` when one of this owner's game containers ends; returns the function that stops watching. */
  watchDeaths(onDie: (serverId: string) => void): () => void {
    return watchContainerDeaths(this.docker, ownerLabelFilter(this.owner), onDie);
  }

  /**
   * Null when there is no such container. A container of that name that another node-worker
   * created (another stack on this Docker engine, or one from before containers carried their
   * owner) is never adopted, stopped or removed: that fails for good, naming both owners.
   */
  private async inspectOwn(name: string): Promise<Docker.ContainerInspectInfo | null> {
    let info: Docker.ContainerInspectInfo;
    try {
      info = await this.docker.getContainer(name).inspect();
    } catch (error) {
      if (statusCode(error) === 404) return null;
      throw error;
    }
    const labels = info.Config.Labels ?? {};
    if (isOwnedBy(labels, this.owner)) return info;
    throw ApplicationFailure.nonRetryable(
      `Container ${name} belongs to node ${describeOwner(labels[LABELS.node], labels[LABELS.dataRoot])}, not to this node ` +
        `${describeOwner(this.owner.nodeId, this.owner.dataRoot)}; it is left alone. Remove it (docker rm -f ${name}) if nothing uses it.`,
      'ContainerOwnedByAnotherNode',
    );
  }

  private async imageExists(image: string): Promise<boolean> {
    try {
      await this.docker.getImage(image).inspect();
      return true;
    } catch (error) {
      if (statusCode(error) === 404) return false;
      throw error;
    }
  }
}

function describeOwner(nodeId: string | undefined, dataRoot: string | undefined): string {
  return nodeId && dataRoot ? `"${nodeId}" (data root ${dataRoot})` : '(unknown: the container has no owner labels)';
}
