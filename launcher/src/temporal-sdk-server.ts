import { searchAttributeFlags } from './temporal-search-attributes';

/** The part of @temporalio/testing we use; it is an optional package, so we type it here. */
interface LocalTestEnvironment {
  teardown(): Promise<void>;
}
interface TestingModule {
  TestWorkflowEnvironment: {
    createLocal(options: {
      server: {
        dbFilename: string;
        ip: string;
        port: number;
        ui: boolean;
        uiPort: number;
        namespace: string;
        extraArgs: string[];
      };
    }): Promise<LocalTestEnvironment>;
  };
}

export interface SdkServerOptions {
  dbFilename: string;
  port: number;
  uiPort: number;
  namespace: string;
}

/** True when @temporalio/testing can be imported at all (it is not one of our dependencies). */
export async function sdkDevServerAvailable(): Promise<boolean> {
  return (await importTesting()) !== undefined;
}

async function importTesting(): Promise<TestingModule | undefined> {
  // A variable specifier: the package is optional, so tsc must not insist on it.
  const specifier = '@temporalio/testing';
  try {
    return (await import(specifier)) as TestingModule;
  } catch {
    return undefined;
  }
}

/**
 * Starts the dev server through the SDK, which downloads the same CLI into its cache.
 * Undefined when the package is missing or the download/start fails.
 */
export async function loadSdkDevServer(options: SdkServerOptions): Promise<LocalTestEnvironment | undefined> {
  const testing = await importTesting();
  if (!testing) return undefined;
  try {
    return await testing.TestWorkflowEnvironment.createLocal({
      server: {
        dbFilename: options.dbFilename,
        ip: '127.0.0.1',
        port: options.port,
        ui: true,
        uiPort: options.uiPort,
        namespace: options.namespace,
        extraArgs: searchAttributeFlags(),
      },
    });
  } catch {
    return undefined;
  }
}
