import { Connection } from '@temporalio/client';
import { SEARCH_ATTRIBUTES } from '@stellarstack/contracts';

// temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD
const KEYWORD = 2;

/** The CLI flags that register our search attributes when the dev server starts. */
export function searchAttributeFlags(): string[] {
  return Object.values(SEARCH_ATTRIBUTES).flatMap((name) => ['--search-attribute', `${name}=Keyword`]);
}

/**
 * Registers any of our Keyword search attributes the namespace lacks. Idempotent, so it
 * also covers a server the launcher did not start (TEMPORAL_ADDRESS) or an older dev-server
 * database.
 */
export async function ensureSearchAttributes(connection: Connection, namespace: string): Promise<void> {
  const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
  const missing = Object.values(SEARCH_ATTRIBUTES).filter((name) => !(name in (customAttributes ?? {})));
  if (missing.length === 0) return;
  await connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(missing.map((name) => [name, KEYWORD])),
  });
}
