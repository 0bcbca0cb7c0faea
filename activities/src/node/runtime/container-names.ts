/** Names and labels from docs/architecture.md, so an operator can find a server's containers with `docker ps`. */
export const LABELS = {
  managed: 'stellarstack.managed',
  server: 'stellarstack.server',
  role: 'stellarstack.role',
} as const;

export const INSTALLER_ROLE = 'installer';

export function serverContainerName(serverId: string): string {
  return `stellar-${serverId}`;
}

export function installerContainerName(serverId: string): string {
  return `stellar-${serverId}-installer`;
}

export function serverLabels(serverId: string): Record<string, string> {
  return { [LABELS.managed]: 'true', [LABELS.server]: serverId };
}

export function installerLabels(serverId: string): Record<string, string> {
  return { ...serverLabels(serverId), [LABELS.role]: INSTALLER_ROLE };
}
