import type Docker from 'dockerode';
import { INSTALLER_ROLE, LABELS } from './container-names';

const REOPEN_DELAY_MS = 1000;

interface DockerEvent {
  Actor?: { Attributes?: Record<string, string> };
}

/**
 * Follows Docker's `die` events for the game containers that carry every one of `labelFilter`
 * (`key=value`; installers excluded) and reopens the event stream if Docker drops it, until
 * the returned function is called.
 */
export function watchContainerDeaths(docker: Docker, labelFilter: string[], onDie: (serverId: string) => void): () => void {
  let stopped = false;
  let current: NodeJS.ReadableStream | undefined;

  const handleEvent = (json: string): void => {
    const attributes = (JSON.parse(json) as DockerEvent).Actor?.Attributes ?? {};
    const serverId = attributes[LABELS.server];
    if (serverId && attributes[LABELS.role] !== INSTALLER_ROLE) onDie(serverId);
  };

  const reopen = (): void => {
    if (!stopped) setTimeout(() => void open(), REOPEN_DELAY_MS);
  };

  const open = async (): Promise<void> => {
    let stream: NodeJS.ReadableStream;
    try {
      stream = await docker.getEvents({ filters: { type: ['container'], event: ['die'], label: labelFilter } });
    } catch {
      return reopen();
    }
    current = stream;
    if (stopped) return destroy();
    // One JSON object per line; a chunk may end mid-object.
    let pending = '';
    stream.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) handleEvent(line);
    });
    // 'end' and 'error' can both fire for one dropped stream; reopen only once.
    let closed = false;
    const onClose = (): void => {
      if (closed) return;
      closed = true;
      reopen();
    };
    stream.on('end', onClose);
    stream.on('error', onClose);
  };

  const destroy = (): void => {
    (current as (NodeJS.ReadableStream & { destroy?: () => void }) | undefined)?.destroy?.();
  };

  void open();
  return () => {
    stopped = true;
    destroy();
  };
}
