import type { ServerStatus } from './server-status';

/** Console socket (socket.io v4, default path) between the panel and a node. */
export const SOCKET_EVENTS = {
  /** client → node: the token from `GET /api/servers/:id/websocket`. */
  auth: 'auth',
  /** client → node: one console line. */
  command: 'command',
  /** client → node: send the history again. */
  logs: 'logs',
  /** node → client */
  authSuccess: 'auth success',
  /** node → client: an array of output lines; the recent history first, right after `auth success`. */
  console: 'console',
  /** node → client: the server's status. */
  status: 'status',
  /** node → client: `{code, message}`. */
  error: 'error',
} as const;

export interface SocketError {
  code: 'token_invalid' | 'token_expired' | 'forbidden' | 'not_authenticated' | 'server_offline' | 'bad_request' | 'internal';
  message: string;
}

export interface ConsoleServerToClientEvents {
  'auth success': () => void;
  console: (lines: string[]) => void;
  status: (status: ServerStatus) => void;
  error: (error: SocketError) => void;
}

export interface ConsoleClientToServerEvents {
  auth: (token: string) => void;
  command: (line: string) => void;
  logs: () => void;
}
