import { API_INTERNAL_HTTP, type ServerStatusReport } from '@stellarstack/contracts';
import type { NodeConfig } from './config';

const REQUEST_TIMEOUT_MS = 5000;

/** The node's calls to the API's internal endpoints, authenticated with the node token. */
export class ApiClient {
  constructor(private readonly config: Pick<NodeConfig, 'apiUrl' | 'nodeId' | 'nodeToken'>) {}

  heartbeat(): Promise<void> {
    return this.post(API_INTERNAL_HTTP.heartbeat(this.config.nodeId), {});
  }

  reportServerStatus(serverId: string, report: ServerStatusReport): Promise<void> {
    return this.post(API_INTERNAL_HTTP.serverStatus(this.config.nodeId, serverId), report);
  }

  private async post(pathname: string, body: object): Promise<void> {
    const response = await fetch(`${this.config.apiUrl}${pathname}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.config.nodeToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`POST ${pathname} answered ${response.status}`);
  }
}
