import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/app-config.provider';
import { JOB_SCHEMA } from './install-job-queue';
import { InjectProcessRole, type ProcessRole } from '../config/process-role';
import { jobDatabase } from './job-database';
import { describeJobError } from './job-error';
import { outcomeStatements } from './outcome-statements';

/** A job's payload: ids and values, never personal data (it is stored as it is). */
export type JobPayload = Record<string, string | number | boolean | null>;

export interface JobDefinition<P extends JobPayload = JobPayload> {
  /** `<capability>.<what it does>`, e.g. `files.sweep`. */
  name: string;
  /** Does the work; throws to fail the try. Runs in one process at a time per job. */
  handle(payload: P): Promise<void>;
  /** A cron expression (UTC): every process may declare it, and each time comes round once. */
  schedule?: string;
  /** Tries after the first, waiting `delaySeconds`, doubled (with jitter) after each failure. */
  retry?: { limit: number; delaySeconds: number };
  /** A try that runs longer fails (pg-boss's limit is 24 hours). */
  timeoutSeconds?: number;
}

const DEFAULT_RETRY = { limit: 3, delaySeconds: 30 };
const DEFAULT_TIMEOUT_SECONDS = 15 * 60;
const SHUTDOWN_WAIT_MS = 30_000;

/**
 * The job queue (pg-boss, in the application's database). Capabilities register their jobs when
 * their module starts; commands enqueue in their own transaction, so a job exists only if what
 * it follows from was committed. Only the server works the queue; a command's process enqueues.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly definitions = new Map<string, JobDefinition>();
  private readonly boss: PgBoss;
  private readonly inFlight = new Set<Promise<unknown>>();
  private running = 0;
  private state: 'starting' | 'enqueuing' | 'working' | 'stopped' = 'starting';
  private readonly runJobs: boolean;
  /**
   * pg-boss records a try's outcome without awaiting the statement: were it to fail (the
   * database gone for a moment), nothing would catch it and Node would end the process. Such a
   * failure is logged instead; the job stays active until its time runs out, then is tried again.
   */
  private unawaited: ReadonlySet<string> = new Set();

  constructor(
    @InjectConfig() config: AppConfig,
    @InjectDataSource() db: DataSource,
    @InjectProcessRole() role: ProcessRole,
  ) {
    // The server works the queue and keeps its schedules; a command only enqueues.
    this.runJobs = role === 'server';
    const pool = jobDatabase(db.manager);
    this.boss = new PgBoss({
      db: {
        executeSql: (text, values) => {
          const statement = this.track(pool.executeSql(text, values));
          if (!this.unawaited.has(text)) return statement;
          return statement.catch((error: unknown) => {
            this.logger.warn({ err: error }, "A job's outcome could not be recorded");
            return { rows: [{ count: '0' }] };
          });
        },
      },
      schema: JOB_SCHEMA,
      migrate: false,
      pollingIntervalSeconds: config.jobPollSeconds,
      cronMonitorIntervalSeconds: config.jobPollSeconds,
      cronWorkerIntervalSeconds: config.jobPollSeconds,
    });
    this.boss.on('error', (error: unknown) =>
      this.logger.warn({ err: error }, 'The job queue hit an error; it goes on'),
    );
  }

  /** Declares a job; call it from `onModuleInit` (or later: it is then set up at once). */
  register<P extends JobPayload>(definition: JobDefinition<P>): void {
    if (this.definitions.has(definition.name))
      throw new Error(`The job ${definition.name} is registered twice`);
    this.definitions.set(definition.name, definition as unknown as JobDefinition);
    if (this.state === 'working' || this.state === 'enqueuing') {
      this.track(
        this.setUp(definition as unknown as JobDefinition, this.state === 'working'),
      ).catch((error: unknown) =>
        this.logger.warn({ err: error, job: definition.name }, 'Setting a job up failed'),
      );
    }
  }

  /** Queues a job in the manager's transaction: rolled back, it never runs. */
  async enqueue<P extends JobPayload>(
    manager: EntityManager,
    name: string,
    payload: P,
  ): Promise<void> {
    if (!this.definitions.has(name)) throw new Error(`No job is registered as ${name}`);
    const id = await this.boss.send(name, payload, { db: jobDatabase(manager) });
    if (id === null) throw new Error(`The job queue did not take ${name}`);
  }

  async onApplicationBootstrap(): Promise<void> {
    // Whatever registers from here on is set up by `register` itself.
    const registered = [...this.definitions.values()];
    if (this.runJobs) {
      this.unawaited = await outcomeStatements(this.boss);
      await this.boss.start();
    }
    this.state = this.runJobs ? 'working' : 'enqueuing';
    for (const definition of registered) await this.setUp(definition, this.runJobs);
    if (this.runJobs) await this.dropRetiredSchedules();
  }

  /**
   * pg-boss keeps a schedule until it is told otherwise: a job whose schedule (or whole
   * definition) left the code would go on being queued, with nobody to work it. On start the
   * server drops every schedule that no job of this release declares.
   */
  private async dropRetiredSchedules(): Promise<void> {
    const declared = new Set(
      [...this.definitions.values()]
        .filter((definition) => definition.schedule !== undefined)
        .map((definition) => definition.name),
    );
    for (const { name } of await this.boss.getSchedules()) {
      if (declared.has(name)) continue;
      await this.boss.unschedule(name);
      this.logger.log({ job: name }, 'Dropped the schedule of a job no longer declared');
    }
  }

  /**
   * Stops taking jobs and waits (up to half a minute) for those running and pg-boss's last
   * statements to end, before the pool closes: pg-boss marks a job done without awaiting it.
   * A job cut short is tried again, by this process's successor or another.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const working = this.state === 'working';
    this.state = 'stopped';
    if (!working) return;
    const until = Date.now() + SHUTDOWN_WAIT_MS;
    await this.boss.stop({ graceful: true, wait: true, close: false, timeout: SHUTDOWN_WAIT_MS });
    while ((this.running > 0 || this.inFlight.size > 0) && Date.now() < until) {
      await Promise.allSettled([...this.inFlight]);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private async setUp(definition: JobDefinition, work: boolean): Promise<void> {
    const retry = definition.retry ?? DEFAULT_RETRY;
    const options = {
      name: definition.name,
      retryLimit: retry.limit,
      retryDelay: retry.delaySeconds,
      retryBackoff: true,
      expireInSeconds: definition.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    };
    // A queue made by an earlier release keeps its row: its options are brought up to date.
    await this.boss.createQueue(definition.name, options);
    await this.boss.updateQueue(definition.name, options);
    if (!work) return;
    if (definition.schedule !== undefined)
      await this.boss.schedule(definition.name, definition.schedule, {}, { tz: 'UTC' });
    await this.boss.work<JobPayload>(definition.name, async ([job]) => {
      this.running++;
      try {
        await definition.handle(job.data);
      } catch (error) {
        this.logger.warn({ err: error, job: { id: job.id, name: job.name } }, 'A job failed');
        // pg-boss stores what is thrown, cause and all, and admins read it: no cause attached.
        // eslint-disable-next-line preserve-caught-error
        throw new Error(describeJobError(error));
      } finally {
        this.running--;
      }
    });
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise);
    const settled = () => this.inFlight.delete(promise);
    promise.then(settled, settled);
    return promise;
  }
}
