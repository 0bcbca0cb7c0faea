import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContainerSpec, InstallSpec } from '@stellarstack/contracts';

/** The freeciv fixture egg rendered the way the API renders an egg into workflow inputs. */
interface Egg {
  startup: string;
  config: { startup: string; stop: string };
  scripts: { installation: { script: string; container: string; entrypoint: string } };
  docker_images: Record<string, string>;
}

const egg = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../fixtures/egg-freeciv.json'), 'utf8')) as Egg;
const limits = { memoryMb: 512, cpuPercent: 100, diskMb: 1024 };

export const FREECIV_IMAGE = Object.values(egg.docker_images)[0] ?? 'stellarstack/freeciv:test';
export const FREECIV_STOP = egg.config.stop;

export function freecivInstallSpec(serverId: string, startGold: number): InstallSpec {
  const install = egg.scripts.installation;
  return {
    serverId,
    image: install.container,
    entrypoint: install.entrypoint,
    script: install.script.replace(/\r\n/g, '\n'),
    environment: { START_GOLD: String(startGold), TURN_TIMEOUT: '0' },
    limits,
  };
}

export function freecivContainerSpec(serverId: string, port: number, overrides: Partial<ContainerSpec> = {}): ContainerSpec {
  const done = (JSON.parse(egg.config.startup) as { done: string | string[] }).done;
  const startupCommand = egg.startup.replace('{{SERVER_PORT}}', String(port));
  return {
    serverId,
    image: FREECIV_IMAGE,
    startupCommand,
    environment: { SERVER_PORT: String(port), SERVER_IP: '127.0.0.1', SERVER_MEMORY: '512', STARTUP: startupCommand },
    limits,
    allocation: { ip: '127.0.0.1', port },
    doneText: Array.isArray(done) ? done : [done],
    stopCommand: egg.config.stop,
    ...overrides,
  };
}
