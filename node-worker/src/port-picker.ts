import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';

export interface PortRange {
  first: number;
  last: number;
}

export const DEFAULT_PORT_RANGE: PortRange = { first: 25565, last: 26565 };

/** Game servers bind on the allocation's ip; we check both the loopback and the wildcard address. */
const CHECKED_HOSTS = ['127.0.0.1', '0.0.0.0'];

function tcpFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function udpFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.once('error', () => {
      socket.close();
      resolve(false);
    });
    socket.bind({ port, address: host, exclusive: true }, () => socket.close(() => resolve(true)));
  });
}

async function portFree(port: number): Promise<boolean> {
  for (const host of CHECKED_HOSTS) {
    if (!(await tcpFree(port, host)) || !(await udpFree(port, host))) return false;
  }
  return true;
}

/** The lowest port in the range that is free on both TCP and UDP and not excluded; null when none is. */
export async function pickFreePort(range: PortRange, exclude: readonly number[]): Promise<number | null> {
  const excluded = new Set(exclude);
  for (let port = range.first; port <= range.last; port++) {
    if (!excluded.has(port) && (await portFree(port))) return port;
  }
  return null;
}
