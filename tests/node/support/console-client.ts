import { io, type Socket } from 'socket.io-client';
import type { ConsoleClientToServerEvents, ConsoleServerToClientEvents, ServerStatus, SocketError } from '@stellarstack/contracts';
import { NODE_PORT } from './node-worker-process';

export type ConsoleClient = Socket<ConsoleServerToClientEvents, ConsoleClientToServerEvents>;

/** A panel-like console client that remembers everything the node sent. */
export interface ConsoleRecording {
  socket: ConsoleClient;
  lines: string[];
  statuses: ServerStatus[];
  errors: SocketError[];
  /** Event names in arrival order, to check what comes after `auth success`. */
  events: string[];
}

export function connectConsole(): ConsoleRecording {
  const socket: ConsoleClient = io(`http://127.0.0.1:${NODE_PORT}`, { transports: ['websocket'], forceNew: true });
  const lines: string[] = [];
  const statuses: ServerStatus[] = [];
  const errors: SocketError[] = [];
  const events: string[] = [];
  socket.onAny((event: string) => events.push(event));
  socket.on('console', (batch) => lines.push(...batch));
  socket.on('status', (status) => statuses.push(status));
  socket.on('error', (error) => errors.push(error));
  return { socket, lines, statuses, errors, events };
}
