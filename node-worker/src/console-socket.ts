import type { Server as HttpServer } from 'node:http';
import { decodeJwt } from 'jose';
import { Server, type Socket } from 'socket.io';
import {
  hasPermission,
  SOCKET_EVENTS,
  type ConsoleClientToServerEvents,
  type ConsoleServerToClientEvents,
  type SocketError,
} from '@stellarstack/contracts';
import { verifyConsoleToken, type ConsoleTokenClaims } from '@stellarstack/contracts/console-token';
import type { ServerRegistry } from '@stellarstack/activities/src/node/index';
import { consoleLine } from './console-line';

type ConsoleSocket = Socket<ConsoleClientToServerEvents, ConsoleServerToClientEvents>;

export interface ConsoleSocketDeps {
  nodeId: string;
  nodeToken: string;
  panelOrigins: string[];
  servers: ServerRegistry;
}

/** The console socket: the panel authenticates with a token the API signed with this node's token. */
export function attachConsoleSocket(httpServer: HttpServer, deps: ConsoleSocketDeps): Server {
  const io = new Server<ConsoleClientToServerEvents, ConsoleServerToClientEvents>(httpServer, {
    cors: { origin: deps.panelOrigins, credentials: true },
  });
  io.on('connection', (socket) => serveConsole(socket, deps));
  return io;
}

interface Session {
  claims: ConsoleTokenClaims;
  unsubscribe: () => void;
  expiry: NodeJS.Timeout;
}

function serveConsole(socket: ConsoleSocket, deps: ConsoleSocketDeps): void {
  let session: Session | null = null;
  const fail = (code: SocketError['code'], message: string): void => {
    socket.emit(SOCKET_EVENTS.error, { code, message });
  };
  const endSession = (): void => {
    if (session) clearTimeout(session.expiry);
    session?.unsubscribe();
    session = null;
  };
  /** The console stays open only as long as the token is valid; the panel re-authenticates before then. */
  const expireAt = (token: string): NodeJS.Timeout =>
    setTimeout(
      () => {
        endSession();
        fail('token_expired', 'The console token expired; ask the API for a new one.');
      },
      (decodeJwt(token).exp ?? 0) * 1000 - Date.now(),
    );

  const authenticate = async (token: string): Promise<void> => {
    const check = await verifyConsoleToken(token, deps.nodeToken);
    // A socket gone while its token was checked must not leave a subscription behind.
    if (socket.disconnected) return;
    if (!check.ok) {
      endSession();
      return fail(check.code, check.message);
    }
    if (check.claims.nodeId !== deps.nodeId) {
      endSession();
      return fail('token_invalid', 'The console token is for another node.');
    }
    const state = deps.servers.get(check.claims.serverId);
    // A refreshed token for the same server keeps the stream going; resending history would duplicate the console.
    if (session?.claims.serverId === check.claims.serverId) {
      clearTimeout(session.expiry);
      session.claims = check.claims;
      session.expiry = expireAt(token);
      socket.emit(SOCKET_EVENTS.authSuccess);
      socket.emit(SOCKET_EVENTS.status, state.status);
      return;
    }
    endSession();
    const unsubscribe = state.subscribe({
      console: (lines) => socket.emit(SOCKET_EVENTS.console, lines),
      status: (status) => socket.emit(SOCKET_EVENTS.status, status),
    });
    session = { claims: check.claims, unsubscribe, expiry: expireAt(token) };
    socket.emit(SOCKET_EVENTS.authSuccess);
    socket.emit(SOCKET_EVENTS.status, state.status);
    socket.emit(SOCKET_EVENTS.console, state.history());
  };
  // Tokens are checked asynchronously; taking them in arrival order makes the last one sent win,
  // and answers come back in the order the client asked.
  let authQueue = Promise.resolve();
  socket.on(SOCKET_EVENTS.auth, (token) => {
    authQueue = authQueue
      .then(() => authenticate(typeof token === 'string' ? token : ''))
      // Keep the queue alive for the next token.
      .catch(() => fail('internal', 'The console could not be opened; reload the page to try again.'));
  });

  socket.on(SOCKET_EVENTS.command, (input) => {
    if (!session) return fail('not_authenticated', 'Send auth with a console token first.');
    if (!hasPermission(session.claims.permissions, 'control.console')) {
      return fail('forbidden', 'You do not have permission to send console commands (control.console).');
    }
    const line = consoleLine(input);
    if (line === null) return fail('bad_request', 'A command is one non-empty line of text, without control characters.');
    if (!deps.servers.get(session.claims.serverId).sendCommand(line)) {
      fail('server_offline', 'The server is not running, so it cannot take a command.');
    }
  });

  socket.on(SOCKET_EVENTS.logs, () => {
    if (!session) return fail('not_authenticated', 'Send auth with a console token first.');
    socket.emit(SOCKET_EVENTS.console, deps.servers.get(session.claims.serverId).history());
  });

  socket.on('disconnect', endSession);
}
