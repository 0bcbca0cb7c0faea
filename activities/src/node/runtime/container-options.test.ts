import { describe, expect, it } from 'vitest';
import type { ContainerSpec, InstallSpec } from '@stellarstack/contracts';
import { installerContainerOptions, serverContainerOptions } from './container-options';

const limits = { memoryMb: 512, cpuPercent: 100, diskMb: 1024 };
const install: InstallSpec = { serverId: 's', image: 'i', entrypoint: 'bash', script: 'true', environment: {}, limits };
const container: ContainerSpec = {
  serverId: 's',
  image: 'i',
  startupCommand: 'yes',
  environment: {},
  limits,
  allocation: { ip: '127.0.0.1', port: 25565 },
  doneText: ['ready'],
  stopCommand: 'quit',
};

describe('container options', () => {
  it('bound the output Docker keeps on disk, so an endless printer cannot fill the node', () => {
    const installer = installerContainerOptions(install, { serverDir: '/d', scriptDir: '/s' });
    const game = serverContainerOptions(container, { serverDir: '/d', gameUid: 988, imageHasEntrypoint: false });
    for (const options of [installer, game]) {
      expect(options.HostConfig?.LogConfig?.Config).toMatchObject({ 'max-size': expect.stringMatching(/^\d+m$/) });
    }
  });
});
