import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { z } from 'zod';
import type { PickPortResponse } from '@stellarstack/contracts';
import type { ServerRegistry } from '@stellarstack/activities/src/node/index';
import { bearerMatches } from './bearer-token';
import { consoleLine } from './console-line';
import { HttpError, readJson, sendError, sendJson } from './http-responses';
import { errorMessage, log } from './log';
import { pickFreePort, type PortRange } from './port-picker';

const COMMAND_PATH = /^\/api\/servers\/([A-Za-z0-9_-]+)\/command$/;
const commandBody = z.object({ command: z.unknown() });
const pickPortBody = z.object({ exclude: z.array(z.number().int()).default([]) });

export interface HttpServerDeps {
  nodeToken: string;
  servers: ServerRegistry;
  portRange: PortRange;
}

/** The API's calls into this node (paths in contracts NODE_HTTP); socket.io takes its own path on the same server. */
export function createNodeHttpServer(deps: HttpServerDeps): Server {
  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const pathname = new URL(request.url ?? '/', 'http://node').pathname;
    if (request.method !== 'POST') throw new HttpError(404, 'not_found', `No route for ${request.method} ${pathname}.`);
    if (!bearerMatches(request.headers.authorization, deps.nodeToken)) {
      throw new HttpError(401, 'unauthorized', 'A valid node token is required.');
    }

    const command = COMMAND_PATH.exec(pathname);
    if (command?.[1]) {
      const body = commandBody.safeParse(await readJson(request));
      const line = body.success ? consoleLine(body.data.command) : null;
      if (line === null) throw new HttpError(400, 'bad_request', 'Body must be {"command": "<one line, no control characters>"}.');
      if (!deps.servers.get(command[1]).sendCommand(line)) {
        throw new HttpError(409, 'server_offline', 'The server is not running, so it cannot take a command.');
      }
      response.writeHead(204).end();
      return;
    }

    if (pathname === '/api/allocations/pick') {
      const body = pickPortBody.safeParse(await readJson(request));
      if (!body.success) throw new HttpError(400, 'bad_request', 'Body must be {"exclude": [port, …]}.');
      const port = await pickFreePort(deps.portRange, body.data.exclude);
      if (port === null) {
        const { first, last } = deps.portRange;
        throw new HttpError(409, 'no_free_port', `No port in ${first}-${last} is free on both TCP and UDP.`);
      }
      sendJson(response, 200, { port } satisfies PickPortResponse);
      return;
    }

    throw new HttpError(404, 'not_found', `No route for POST ${pathname}.`);
  }

  return createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (error instanceof HttpError) return sendError(response, error);
      log(`HTTP ${request.method} ${request.url} failed: ${errorMessage(error)}`);
      sendError(response, new HttpError(500, 'internal', 'The node could not handle the request.'));
    });
  });
}
