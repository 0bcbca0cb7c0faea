import Docker from 'dockerode';
import { LauncherError } from './launcher-error';

const PING_TIMEOUT_MS = 5_000;

/**
 * Game servers run in Docker, so nothing works without it: fail before starting anything
 * else, with the fix rather than a stack trace. dockerode reads DOCKER_HOST from the
 * environment like the docker CLI does, so the message names the same endpoint.
 */
export async function checkDocker(): Promise<void> {
  const endpoint = process.env.DOCKER_HOST || 'unix:///var/run/docker.sock';
  try {
    await new Docker({ timeout: PING_TIMEOUT_MS }).ping();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES') {
      throw new LauncherError(
        `Docker is not reachable at ${endpoint} (permission denied) — run as root or add your user to the docker group.`,
      );
    }
    throw new LauncherError(
      `Docker is not reachable at ${endpoint}${code ? ` (${code})` : ''} — start the Docker daemon (\`systemctl start docker\`, or \`dockerd &\` without systemd) or point DOCKER_HOST at a running one.`,
    );
  }
}
