import { describe, expect, it } from 'vitest';
import type { OperationStarted } from '@stellarstack/contracts';
import { useAdminSession } from '../support/admin-session';
import { createServer, freecivEgg, importEgg, operations, settledOperations, waitForServerStatus } from '../support/servers';
import { workflowStatus } from '../support/temporal';

type EggJson = Record<string, unknown> & { scripts: { installation: Record<string, string> } };

describe('a failed install', () => {
  const session = useAdminSession();

  it('keeps the output, shows install_failed, refuses power, and can be run again', async () => {
    const { api, temporal } = session;
    const failingEgg = freecivEgg((egg) => {
      (egg as EggJson).scripts.installation.script = 'echo "fetching the game files"\necho "mirror unreachable" >&2\nexit 3\n';
    });
    const egg = await importEgg(api, failingEgg);
    const server = await createServer(api, egg.id, {}, 'install fails');

    const failed = await waitForServerStatus(api, server.id, 'install_failed');
    expect(failed.installOutput).toContain('fetching the game files');
    expect(failed.installOutput).toContain('mirror unreachable');
    const [install] = await settledOperations(api, server.id);
    expect(install?.status).toBe('failed');
    expect(install?.error).toMatch(/exited with code 3/);

    const start = await api.fetch('POST', `/api/servers/${server.id}/power`, { action: 'start' });
    expect(start.status).toBe(409);

    const again = await api.request<OperationStarted>('POST', `/api/admin/servers/${server.id}/reinstall`);
    await expect(temporal.client.workflow.getHandle(again.workflowId).result()).rejects.toThrow();
    expect(await workflowStatus(temporal.client, again.workflowId)).toBe('FAILED');
    await waitForServerStatus(api, server.id, 'install_failed');
    expect((await operations(api, server.id)).filter((operation) => operation.type === 'install')).toHaveLength(2);
  });

  it('names the installer image when it cannot be had', async () => {
    const { api } = session;
    const missingImage = 'stellarstack/no-such-installer:404';
    const egg = await importEgg(
      api,
      freecivEgg((egg) => {
        (egg as EggJson).scripts.installation.container = missingImage;
      }),
    );
    const server = await createServer(api, egg.id, {}, 'installer image missing');
    const failed = await waitForServerStatus(api, server.id, 'install_failed', 180_000);
    expect(failed.installOutput).toContain(missingImage);
    const [install] = await settledOperations(api, server.id);
    expect(install?.error).toContain(missingImage);
  });
});
