import type { Duplex } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { ServerStatus } from '@stellarstack/contracts';
import type { DockerRuntime } from '../runtime/docker-runtime';
import { ConsoleLines } from './console-lines';

export interface ServerListener {
  console?: (lines: string[]) => void;
  status?: (status: ServerStatus) => void;
}

/**
 * Everything this node knows about one server (like Wings' server struct): its status
 * for the console socket, recent console lines, who is listening, and the one attach
 * stream to its running container, through which commands reach stdin.
 */
export class ServerState {
  private currentStatus: ServerStatus = 'offline';
  private readonly lines = new ConsoleLines();
  private readonly listeners = new Set<ServerListener>();
  private attached: { containerId: string; stream: Duplex } | null = null;
  private attaching: Promise<void> | null = null;
  private operations = 0;

  constructor(
    readonly serverId: string,
    private readonly runtime: DockerRuntime,
  ) {}

  get status(): ServerStatus {
    return this.currentStatus;
  }

  /** True while an activity (start, stop, kill, …) owns the container, so its exits are that activity's to report. */
  get busy(): boolean {
    return this.operations > 0;
  }

  setStatus(status: ServerStatus): void {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    for (const listener of this.listeners) listener.status?.(status);
  }

  history(): string[] {
    return this.lines.history();
  }

  subscribe(listener: ServerListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async runOperation<T>(work: () => Promise<T>): Promise<T> {
    this.operations += 1;
    try {
      return await work();
    } finally {
      this.operations -= 1;
    }
  }

  /** Output printed before we attached (after a node-worker restart), so a new console still sees it. */
  addEarlierOutput(text: string): void {
    this.lines.push(text);
    this.lines.flush();
  }

  /** Attaches once per container; a new container (after a recreate) replaces the old stream. */
  async attach(containerId: string): Promise<void> {
    while (this.attaching) await this.attaching;
    if (this.attached?.containerId === containerId) return;
    this.attaching = this.openStream(containerId).finally(() => {
      this.attaching = null;
    });
    await this.attaching;
  }

  /** Writes one line to the process's stdin; false when there is no running process to take it. */
  sendCommand(line: string): boolean {
    const stream = this.attached?.stream;
    if (!stream || !stream.writable) return false;
    stream.write(`${line}\n`);
    return true;
  }

  detach(): void {
    this.attached?.stream.destroy();
    this.attached = null;
  }

  private async openStream(containerId: string): Promise<void> {
    this.detach();
    const stream = await this.runtime.attachConsole(containerId);
    const attached = { containerId, stream };
    this.attached = attached;
    const decoder = new StringDecoder('utf8');
    stream.on('data', (chunk: Buffer) => this.publish(this.lines.push(decoder.write(chunk))));
    const close = (): void => {
      if (this.attached !== attached) return;
      this.publish(this.lines.push(decoder.end()).concat(this.lines.flush()));
      this.attached = null;
    };
    stream.on('end', close);
    stream.on('close', close);
    stream.on('error', close);
  }

  private publish(lines: string[]): void {
    if (lines.length === 0) return;
    for (const listener of this.listeners) listener.console?.(lines);
  }
}
