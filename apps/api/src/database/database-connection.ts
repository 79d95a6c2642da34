import type { AppConfig } from '../config/app-config';
import { APP_ROLE, checkApiRole } from './app-role';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

/** What the application's pool needs. */
export interface DatabaseConnection {
  url: string;
  poolSize: number;
  embedded: boolean;
  /** Stops the embedded server, if this process runs one. */
  stop(): Promise<void>;
}

/** What start-up and the maintenance commands need besides. */
export interface OpenedDatabase extends DatabaseConnection {
  /** The schema's owner: migrations and maintenance run as it. */
  migrationUrl: string;
  /**
   * Once migrated: the embedded database's one session continues as the app role, so the API's
   * own queries have only its grants; on a server, the role at DATABASE_URL is checked, and a
   * warning returned if it could bypass the append-only triggers.
   */
  enterAppRole(): Promise<string | null>;
}

/** The server at DATABASE_URL with a normal pool, else the embedded one with a pool of one. */
export async function openDatabase(config: AppConfig): Promise<OpenedDatabase> {
  const url = config.databaseUrl;
  if (url !== null) {
    return {
      url,
      migrationUrl: config.migrationDatabaseUrl ?? url,
      poolSize: config.databasePoolSize,
      embedded: false,
      enterAppRole: () => checkApiRole(url),
      stop: async () => undefined,
    };
  }
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres(config.dataDir);
  return {
    url: embedded.url,
    migrationUrl: embedded.url,
    poolSize: 1,
    embedded: true,
    enterAppRole: async () => {
      await embedded.setRole(APP_ROLE);
      return null;
    },
    stop: () => embedded.stop(),
  };
}
