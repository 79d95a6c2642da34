import 'reflect-metadata';
import { ConfigError, parseConfig, type AppConfig } from './config/app-config';
import { createCliContext } from './app-context';
import { openDatabase, type OpenedDatabase } from './database/database-connection';
import { migrate, withDataSource } from './database/migrator';
import { DEMO_PASSWORD, DEMO_PEOPLE } from './demo/demo-centre';
import { DemoSeedRefused, DemoSeedService } from './demo/demo-seed.service';
import { createServer } from './server';
import { StartupSteps } from './startup-steps';

async function main(): Promise<void> {
  const config = loadConfig();
  const steps = new StartupSteps();
  const database = await steps.time('database', () => openDatabase(config));
  await steps.time('migrations', () => withDataSource(database.migrationUrl, migrate));
  const demo =
    (database.embedded || config.seedDemo) &&
    (await steps.time('demo centre', () => seedDemo(config, database)));
  const roleWarning = await database.enterAppRole();
  if (roleWarning !== null) console.warn(roleWarning);

  const app = await steps.time('server', async () => {
    const server = await createServer(config, database);
    await server.listen(config.port, config.host);
    return server;
  });
  console.log(banner(config, database.embedded, demo, steps.summary()));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

/**
 * The demo centre, written as the schema's owner (as `npm run seed:demo` does) in the same module
 * the server is about to start, closed again before the server opens its pool.
 */
async function seedDemo(config: AppConfig, database: OpenedDatabase): Promise<boolean> {
  const app = await createCliContext(config, database);
  try {
    await app.get(DemoSeedService).seed();
    return true;
  } catch (error) {
    if (!(error instanceof DemoSeedRefused)) throw error;
    console.warn(error.message);
    return false;
  } finally {
    await app.close();
  }
}

function loadConfig(): AppConfig {
  try {
    return parseConfig(process.env, process.cwd());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

function banner(config: AppConfig, embedded: boolean, demo: boolean, startup: string): string {
  const lines = [
    '',
    `Signoff is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}  (public origin ${config.publicOrigin})`,
    embedded
      ? `Database: embedded PGlite in ${config.dataDir}`
      : 'Database: the server at DATABASE_URL',
    startup,
    `API docs: http://localhost:${config.port}/api/docs`,
  ];
  if (demo) {
    lines.push(`Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const person of DEMO_PEOPLE)
      lines.push(`  ${person.email.padEnd(22)} ${person.roles.join(', ')}`);
  }
  return lines.join('\n') + '\n';
}

main().catch((error: unknown) => {
  console.error('Signoff failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
