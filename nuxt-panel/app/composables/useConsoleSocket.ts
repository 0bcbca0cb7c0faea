import { io, type Socket } from 'socket.io-client';
import type {
  ConsoleClientToServerEvents,
  ConsoleServerToClientEvents,
  ServerStatus,
  SocketError,
  WebsocketGrant,
} from '@stellarstack/contracts';

type ConsoleSocket = Socket<ConsoleServerToClientEvents, ConsoleClientToServerEvents>;

export type ConsoleState = 'connecting' | 'connected' | 'disconnected' | 'error';

/**
 * One console line: the game's output, a note from the panel (status changes), or the
 * separator between the history the node sent on connecting and what came after.
 */
export interface ConsoleLine {
  id: number;
  text: string;
  kind: 'output' | 'note' | 'separator';
}

export const HISTORY_SEPARATOR = 'earlier output above';

const MAX_LINES = 2000;
/** Console tokens live 10 minutes; fetch a fresh one a little before that. */
const TOKEN_REFRESH_MS = 8 * 60 * 1000;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[()][0-9A-Za-z]|\u001b[=>]/g;

function cleanLine(line: string): string {
  return String(line).replace(ANSI, '').replace(/\r/g, '');
}

/**
 * The live console of one server: asks the API for `{url, token}`, connects to the node's
 * socket.io, authenticates, and keeps the output lines and the node's view of the status.
 */
export function useConsoleSocket(serverId: string) {
  const lines = ref<ConsoleLine[]>([]);
  let nextId = 0;
  const state = ref<ConsoleState>('connecting');
  const status = ref<ServerStatus | null>(null);
  const lastError = ref<string | null>(null);

  let socket: ConsoleSocket | null = null;
  let closed = false;
  let awaitingHistory = false;
  /** True from `connect` until the first `auth success` on that connection: only then does the node send history. */
  let freshConnection = false;
  let historyTimer: ReturnType<typeof setTimeout> | undefined;
  let refreshTimer: ReturnType<typeof setInterval> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let reauthAttempts = 0;

  async function fetchToken(): Promise<WebsocketGrant> {
    return apiRequest<WebsocketGrant>('GET', `/api/servers/${serverId}/websocket`);
  }

  function push(added: ConsoleLine[]) {
    const next = lines.value.concat(added);
    lines.value = next.length > MAX_LINES ? next.slice(-MAX_LINES) : next;
  }

  function append(newLines: string[]) {
    const cleaned = newLines.map((text): ConsoleLine => ({ id: nextId++, text: cleanLine(text), kind: 'output' }));
    if (awaitingHistory) {
      // The first batch after `auth success` is the history: replace what we had (reconnects),
      // and mark where it ends so live output is not mistaken for it.
      awaitingHistory = false;
      const history = cleaned.slice(-(MAX_LINES - 1));
      lines.value = history.length ? history.concat({ id: nextId++, text: HISTORY_SEPARATOR, kind: 'separator' }) : [];
      return;
    }
    push(cleaned);
  }

  /** A line from the panel itself (e.g. a status change), shown apart from the game's output. */
  function note(text: string) {
    push([{ id: nextId++, text, kind: 'note' }]);
  }

  async function connect() {
    if (closed) return;
    state.value = 'connecting';
    let access: WebsocketGrant;
    try {
      access = await fetchToken();
    } catch (error) {
      state.value = 'error';
      lastError.value = `Console unavailable: ${errorMessage(error)}`;
      retryTimer = setTimeout(connect, 5000);
      return;
    }
    if (closed) return;
    let token = access.token;
    const s: ConsoleSocket = io(access.url, { transports: ['websocket', 'polling'], reconnectionDelayMax: 5000 });
    socket = s;

    s.on('connect', () => {
      freshConnection = true;
      s.emit('auth', token);
    });
    s.io.on('reconnect_attempt', () => {
      state.value = 'connecting';
    });
    s.on('auth success', () => {
      state.value = 'connected';
      lastError.value = null;
      reauthAttempts = 0;
      // A new session gets the history next (it replaces what we show, e.g. after a reconnect);
      // a refreshed token on the same connection keeps the stream and gets no history.
      if (freshConnection) {
        freshConnection = false;
        awaitingHistory = true;
        if (historyTimer) clearTimeout(historyTimer);
        historyTimer = setTimeout(() => (awaitingHistory = false), 1000);
      }
    });
    s.on('console', (batch) => {
      if (Array.isArray(batch)) append(batch);
      else if (typeof batch === 'string') append([batch]);
    });
    s.on('status', (value) => {
      status.value = value;
    });
    s.on('error', async (err: SocketError) => {
      const code = err?.code;
      if ((code === 'token_expired' || code === 'token_invalid' || code === 'not_authenticated') && reauthAttempts < 3) {
        reauthAttempts += 1;
        try {
          token = (await fetchToken()).token;
          s.emit('auth', token);
        } catch (error) {
          lastError.value = errorMessage(error);
        }
        return;
      }
      lastError.value = err?.message ?? 'Console error';
      if (code === 'token_invalid' || code === 'token_expired' || code === 'not_authenticated') {
        state.value = 'error';
      } else {
        // A refused command (server offline, no permission, bad input): show it for a while.
        const shown = lastError.value;
        setTimeout(() => {
          if (lastError.value === shown) lastError.value = null;
        }, 8000);
      }
    });
    s.on('disconnect', (reason) => {
      if (closed) return;
      state.value = 'disconnected';
      // socket.io retries by itself except when the node closed the connection on purpose.
      if (reason === 'io server disconnect') setTimeout(() => !closed && s.connect(), 3000);
    });
    s.on('connect_error', (error) => {
      state.value = 'error';
      lastError.value = `Cannot reach the node console: ${error.message}`;
    });

    refreshTimer = setInterval(async () => {
      try {
        token = (await fetchToken()).token;
        if (s.connected) s.emit('auth', token);
      } catch {
        // shown on next failure
      }
    }, TOKEN_REFRESH_MS);
  }

  /** Sends one console line; over the socket when authenticated, else through the API. */
  async function sendCommand(command: string): Promise<void> {
    if (socket && socket.connected && state.value === 'connected') {
      socket.emit('command', command);
      return;
    }
    await apiRequest('POST', `/api/servers/${serverId}/command`, { body: { command } });
  }

  function close() {
    closed = true;
    if (historyTimer) clearTimeout(historyTimer);
    if (refreshTimer) clearInterval(refreshTimer);
    if (retryTimer) clearTimeout(retryTimer);
    socket?.removeAllListeners();
    socket?.disconnect();
    socket = null;
  }

  onMounted(() => void connect());
  onBeforeUnmount(close);

  return { lines, state, status, lastError, sendCommand, note };
}
