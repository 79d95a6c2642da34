import type { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

export interface DatabaseConnection {
  url: string;
  poolSize: number;
  embedded: boolean;
  /** Stops the embedded server, if this process runs one. */
  stop(): Promise<void>;
}

/** The server at DATABASE_URL with a normal pool, else the embedded one with a pool of one. */
export async function openDatabase(config: AppConfig): Promise<DatabaseConnection> {
  if (config.databaseUrl !== null) {
    return {
      url: config.databaseUrl,
      poolSize: config.databasePoolSize,
      embedded: false,
      stop: async () => undefined,
    };
  }
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres(config.dataDir);
  return { url: embedded.url, poolSize: 1, embedded: true, stop: () => embedded.stop() };
}
