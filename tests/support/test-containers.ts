import Docker from 'dockerode';

/**
 * Removes the managed containers whose server files live under `dataDir`, i.e. the ones a
 * test stack created — not the servers of a dev stack on the same Docker engine.
 */
export async function removeStackContainers(dataDir: string): Promise<void> {
  const docker = new Docker();
  const containers = await docker.listContainers({ all: true, filters: { label: ['stellarstack.managed=true'] } });
  const ours = containers.filter((container) => container.Mounts.some((mount) => mount.Source.startsWith(`${dataDir}/`)));
  await Promise.all(ours.map((container) => docker.getContainer(container.Id).remove({ force: true }).catch(() => undefined)));
}
