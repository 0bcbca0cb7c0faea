import { io, type Socket } from 'socket.io-client';
import {
  SOCKET_EVENTS,
  type ConsoleClientToServerEvents,
  type ConsoleServerToClientEvents,
  type ServerStatus,
  type SocketError,
  type WebsocketGrant,
} from '@stellarstack/contracts';
import type { ApiClient } from './api-client';

export interface ConsoleSession {
  readonly lines: string[];
  readonly statuses: ServerStatus[];
  readonly errors: SocketError[];
  send(command: string): void;
  /** Resolves with the first line (already received or arriving) that matches. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  waitForStatus(status: ServerStatus, timeoutMs?: number): Promise<void>;
  close(): void;
}

function waitFor<T>(check: () => T | undefined, subscribe: (wake: () => void) => () => void, timeoutMs: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const found = check();
    if (found !== undefined) return resolve(found);
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const unsubscribe = subscribe(() => {
      const value = check();
      if (value === undefined) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(value);
    });
  });
}

/**
 * Opens a server's console like the panel: asks the API for a token, connects socket.io to
 * the node, authenticates, and records every line and status from then on.
 */
export async function openConsole(api: ApiClient, serverId: string): Promise<ConsoleSession> {
  const grant = await api.request<WebsocketGrant>('GET', `/api/servers/${serverId}/websocket`);
  const socket: Socket<ConsoleServerToClientEvents, ConsoleClientToServerEvents> = io(grant.url, {
    transports: ['websocket'],
    reconnection: false,
  });
  const lines: string[] = [];
  const statuses: ServerStatus[] = [];
  const errors: SocketError[] = [];
  const listeners = new Set<() => void>();
  const wakeAll = (): void => listeners.forEach((wake) => wake());
  const subscribe = (wake: () => void): (() => void) => {
    listeners.add(wake);
    return () => listeners.delete(wake);
  };

  socket.on(SOCKET_EVENTS.console, (batch) => {
    lines.push(...batch);
    wakeAll();
  });
  socket.on(SOCKET_EVENTS.status, (status) => {
    statuses.push(status);
    wakeAll();
  });
  socket.on(SOCKET_EVENTS.error, (error) => {
    errors.push(error);
    wakeAll();
  });

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`console for ${serverId}: no "auth success" within 15 s`)), 15_000);
    socket.once(SOCKET_EVENTS.authSuccess, () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once(SOCKET_EVENTS.error, (error) => {
      clearTimeout(timer);
      reject(new Error(`console for ${serverId}: ${error.code}: ${error.message}`));
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      reject(new Error(`console for ${serverId}: cannot connect to ${grant.url}: ${error.message}`));
    });
    socket.emit(SOCKET_EVENTS.auth, grant.token);
  });

  return {
    lines,
    statuses,
    errors,
    send: (command) => void socket.emit(SOCKET_EVENTS.command, command),
    waitForLine: (pattern, timeoutMs = 60_000) =>
      waitFor(() => lines.find((line) => pattern.test(line)), subscribe, timeoutMs, `a console line matching ${pattern}`),
    waitForStatus: async (status, timeoutMs = 60_000) => {
      await waitFor(() => (statuses.at(-1) === status ? true : undefined), subscribe, timeoutMs, `status ${status}`);
    },
    close: () => void socket.close(),
  };
}
