import type { DockerRuntime } from '../runtime/docker-runtime';
import { ServerState } from './server-state';

/** Lines of earlier output a re-attached console starts with. */
const RESTORED_LINES = 200;

/** The node's servers by id; creates a server's state the first time anything asks for it. */
export class ServerRegistry {
  private readonly servers = new Map<string, ServerState>();

  constructor(
    private readonly runtime: DockerRuntime,
    /** Called when a game process ends while no activity is handling its container. */
    private readonly onExitedOnItsOwn: (serverId: string) => void,
  ) {}

  get(serverId: string): ServerState {
    let state = this.servers.get(serverId);
    if (!state) {
      state = new ServerState(serverId, this.runtime);
      this.servers.set(serverId, state);
    }
    return state;
  }

  forget(serverId: string): void {
    this.servers.get(serverId)?.detach();
    this.servers.delete(serverId);
  }

  /** After a node-worker restart: re-attach to game containers that kept running, so consoles work again. */
  async restore(): Promise<void> {
    const running = await this.runtime.listOwned({ runningOnly: true });
    for (const container of running) {
      if (container.installer || !container.serverId) continue;
      const info = await this.runtime.inspect(container.name);
      if (!info?.running) continue;
      const state = this.get(container.serverId);
      state.addEarlierOutput(await this.runtime.logs(container.name, { tail: RESTORED_LINES }));
      await state.attach(info.id);
      state.setStatus('running');
    }
  }

  /** Starts following Docker's die events; returns the function that stops it. */
  watchExits(): () => void {
    return this.runtime.watchDeaths((serverId) => this.handleExit(serverId));
  }

  private handleExit(serverId: string): void {
    const state = this.servers.get(serverId);
    // An activity that is stopping, killing or starting the server reports the outcome itself;
    // 'offline' means one already did.
    if (!state || state.busy || state.status === 'offline') return;
    state.setStatus('offline');
    this.onExitedOnItsOwn(serverId);
  }
}
