/** Names and labels from docs/architecture.md, so an operator can find a server's containers with `docker ps`. */
export const LABELS = {
  managed: 'stellarstack.managed',
  server: 'stellarstack.server',
  role: 'stellarstack.role',
  node: 'stellarstack.node',
  dataRoot: 'stellarstack.data-root',
} as const;

export const INSTALLER_ROLE = 'installer';

/**
 * The node-worker a container belongs to. Several node-workers can share one Docker engine
 * (stacks on one machine all call their node `local`), so the node id alone is not enough:
 * the absolute data root tells them apart.
 */
export interface ContainerOwner {
  nodeId: string;
  dataRoot: string;
}

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

export function ownerLabels(owner: ContainerOwner): Record<string, string> {
  return { [LABELS.managed]: 'true', [LABELS.node]: owner.nodeId, [LABELS.dataRoot]: owner.dataRoot };
}

/** Docker `label` filter values (all must match) that select exactly this owner's containers. */
export function ownerLabelFilter(owner: ContainerOwner): string[] {
  return Object.entries(ownerLabels(owner)).map(([key, value]) => `${key}=${value}`);
}

export function isOwnedBy(labels: Record<string, string> | undefined, owner: ContainerOwner): boolean {
  return Object.entries(ownerLabels(owner)).every(([key, value]) => labels?.[key] === value);
}
