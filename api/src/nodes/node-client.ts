import { NODE_HTTP, type PickPortRequest, type PickPortResponse } from '@stellarstack/contracts';
import { z } from 'zod';
import { HttpError, conflict } from '../http/errors';

/** Just what a call to a node needs from its row. */
export interface NodeAddress {
  id: string;
  url: string;
  token: string;
}

const NODE_TIMEOUT_MS = 10_000;

const pickPortResponse = z.object({ port: z.number().int().min(1).max(65535) });

function nodeUnavailable(node: NodeAddress, reason: string): HttpError {
  return new HttpError(503, 'node_unavailable', `Node ${node.id} (${node.url}) ${reason}`, { nodeId: node.id });
}

/** The message in the node's `{error:{message}}` body, when it sent one. */
async function nodeMessage(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    return typeof body.error?.message === 'string' ? body.error.message : undefined;
  } catch {
    return undefined;
  }
}

async function callNode(node: NodeAddress, path: string, body: unknown): Promise<Response> {
  try {
    return await fetch(new URL(path, node.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${node.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(NODE_TIMEOUT_MS),
    });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? 'did not answer in time' : 'could not be reached';
    throw nodeUnavailable(node, `${reason}; is its node-worker running?`);
  }
}

/** Asks the node for a port free on TCP and UDP, avoiding ports already allocated to its servers. */
export async function pickPort(node: NodeAddress, exclude: number[]): Promise<number> {
  const request: PickPortRequest = { exclude };
  const response = await callNode(node, NODE_HTTP.pickPort, request);
  if (!response.ok) {
    throw nodeUnavailable(node, `could not pick a port: ${(await nodeMessage(response)) ?? `HTTP ${response.status}`}`);
  }
  const parsed = pickPortResponse.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw nodeUnavailable(node, 'answered the port request with something other than {port}.');
  const answer: PickPortResponse = parsed.data;
  return answer.port;
}

/** Writes one console line; the node answers 409 when the server's process is not running. */
export async function sendCommand(node: NodeAddress, serverId: string, command: string): Promise<void> {
  const response = await callNode(node, NODE_HTTP.command(serverId), { command });
  if (response.status === 409) {
    throw conflict('server_not_running', (await nodeMessage(response)) ?? 'The server is not running; start it first.');
  }
  if (!response.ok) {
    throw nodeUnavailable(node, `refused the command: ${(await nodeMessage(response)) ?? `HTTP ${response.status}`}`);
  }
}
