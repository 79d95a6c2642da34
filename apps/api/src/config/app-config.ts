import { emailAddress, EMAIL_MAX_LENGTH } from '@signoff/contracts';
import addressparser from 'nodemailer/lib/addressparser';

/**
 * Everything the API reads from its environment, parsed and checked once at start. A missing or
 * malformed value stops the process with a message naming the variable, never a late surprise.
 */
export interface AppConfig {
  /** The role the API runs as. Absent means the embedded PGlite database under `dataDir`. */
  databaseUrl: string | null;
  /** The schema's owner, for migrations and maintenance commands; absent means `databaseUrl`. */
  migrationDatabaseUrl: string | null;
  databasePoolSize: number;
  port: number;
  host: string;
  publicOrigin: string;
  production: boolean;
  dataDir: string;
  webDistDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  trustProxy: boolean;
  sessionIdleHours: number;
  sessionAbsoluteHours: number;
  passwordLinkHours: number;
  loginLimit: { perEmail: number; perAddress: number; windowSeconds: number };
  /** Writes one person may make per hour, by kind. */
  writeBurstLimit: { evidence: number; upload: number };
  /** Requests one client address may make to a public page per 15 minutes, by page. */
  publicPageLimit: { witness: number };
  seedDemo: boolean;
  /** The largest upload accepted, in bytes. */
  uploadMaxBytes: number;
  /** How often each process looks for jobs due, and for schedules come round. */
  jobPollSeconds: number;
  /** Where to append each SQL statement run for a request (SQL_TRACE_FILE); null, the default, is off. */
  sqlTraceFile: string | null;
  /** Where e-mail goes out (SMTP_URL, SMTP_FROM); null, the default, sends none. */
  smtp: SmtpConfig | null;
}

/** An SMTP server to hand messages to, and the sender they go out as. */
export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (smtps:, port 465); otherwise STARTTLS whenever the server offers it. */
  secure: boolean;
  auth: { user: string; pass: string } | null;
  /** The From header, e.g. `Signoff <signoff@example.org>`. */
  from: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function parseConfig(env: Env, cwd: string): AppConfig {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return Number(raw);
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };

  const port = integer('PORT', 3000, 1, 65535);

  const databaseUrl = read('DATABASE_URL') ?? null;
  if (databaseUrl !== null && !isPostgresUrl(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL with a host');
  }
  const migrationDatabaseUrl = read('MIGRATION_DATABASE_URL') ?? null;
  if (migrationDatabaseUrl !== null && !isPostgresUrl(migrationDatabaseUrl)) {
    problems.push('MIGRATION_DATABASE_URL must be a postgres:// or postgresql:// URL with a host');
  } else if (migrationDatabaseUrl !== null && databaseUrl === null) {
    problems.push(
      'MIGRATION_DATABASE_URL needs DATABASE_URL beside it: the role the API runs as, on the same database',
    );
  }

  const publicOrigin = read('PUBLIC_ORIGIN') ?? `http://localhost:${port}`;
  const origin = originOf(publicOrigin);
  if (origin === null) {
    problems.push(
      `PUBLIC_ORIGIN must be an http(s) origin such as https://signoff.example.org (got "${publicOrigin}")`,
    );
  }

  const logLevel = read('LOG_LEVEL') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);
  }

  const smtp = smtpConfig(read('SMTP_URL'), read('SMTP_FROM'), problems);

  const nodeEnv = read('NODE_ENV') ?? 'development';
  const sqlTraceFile = read('SQL_TRACE_FILE');
  const config: AppConfig = {
    databaseUrl,
    migrationDatabaseUrl: migrationDatabaseUrl ?? databaseUrl,
    databasePoolSize: integer('DATABASE_POOL_SIZE', 10, 1, 200),
    port,
    host: read('HOST') ?? '127.0.0.1',
    publicOrigin: origin ?? publicOrigin,
    production: nodeEnv === 'production',
    dataDir: resolvePath(cwd, read('DATA_DIR') ?? '.data'),
    webDistDir: resolvePath(cwd, read('WEB_DIST_DIR') ?? 'dist/web'),
    logLevel: logLevel as AppConfig['logLevel'],
    trustProxy: flag('TRUST_PROXY', false),
    sessionIdleHours: integer('SESSION_IDLE_HOURS', 12, 1, 24 * 30),
    sessionAbsoluteHours: integer('SESSION_ABSOLUTE_HOURS', 24 * 7, 1, 24 * 90),
    passwordLinkHours: integer('PASSWORD_LINK_HOURS', 72, 1, 24 * 14),
    loginLimit: {
      perEmail: integer('LOGIN_LIMIT_PER_EMAIL', 5, 1, 10_000),
      perAddress: integer('LOGIN_LIMIT_PER_ADDRESS', 100, 1, 100_000),
      windowSeconds: integer('LOGIN_LIMIT_WINDOW_SECONDS', 900, 1, 86_400),
    },
    writeBurstLimit: {
      evidence: integer('EVIDENCE_LIMIT_PER_HOUR', 60, 1, 100_000),
      upload: integer('UPLOAD_LIMIT_PER_HOUR', 300, 1, 100_000),
    },
    publicPageLimit: { witness: integer('WITNESS_LIMIT_PER_ADDRESS', 30, 1, 100_000) },
    seedDemo: flag('SEED_DEMO', false),
    uploadMaxBytes: integer('UPLOAD_MAX_BYTES', 2 * 1024 ** 3, 1, 1024 ** 4),
    jobPollSeconds: integer('JOB_POLL_SECONDS', 5, 1, 30),
    sqlTraceFile: sqlTraceFile === undefined ? null : resolvePath(cwd, sqlTraceFile),
    smtp,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

const SMTP_URL_FORM =
  'SMTP_URL must be smtp://user:password@host:587 (STARTTLS) or smtps://user:password@host:465 (TLS), the user and password URL-encoded';

function smtpConfig(
  url: string | undefined,
  from: string | undefined,
  problems: string[],
): SmtpConfig | null {
  if (url === undefined) {
    if (from !== undefined)
      problems.push('SMTP_FROM needs SMTP_URL beside it: the server to send through');
    return null;
  }
  const server = smtpServerOf(url);
  if (server === null) problems.push(`${SMTP_URL_FORM} (got something else)`);
  if (from === undefined) {
    problems.push(
      'SMTP_FROM must be set with SMTP_URL: the sender, e.g. Signoff <signoff@example.org>',
    );
  } else if (!isSenderAddress(from)) {
    problems.push(
      `SMTP_FROM must be one address, e.g. Signoff <signoff@example.org> (got "${from}")`,
    );
  }
  return server === null || from === undefined ? null : { ...server, from };
}

/**
 * The parts of an SMTP URL, decoded; null when it is not one. Anything nodemailer would read
 * from a query (pool, tls.*) is refused rather than silently ignored: the URL says where, the
 * code says how.
 */
function smtpServerOf(value: string): Omit<SmtpConfig, 'from'> | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const secure = url.protocol === 'smtps:';
  if (!secure && url.protocol !== 'smtp:') return null;
  if (url.hostname === '' || url.search || url.hash || !['', '/'].includes(url.pathname))
    return null;
  let auth: SmtpConfig['auth'] = null;
  if (url.username || url.password) {
    try {
      auth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) };
    } catch {
      return null;
    }
  }
  const port = url.port === '' ? (secure ? 465 : 587) : Number(url.port);
  if (port === 0) return null;
  // URL keeps an IPv6 host in brackets; the socket wants it bare.
  return { host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port, secure, auth };
}

function isSenderAddress(value: string): boolean {
  const parsed = addressparser(value);
  return (
    parsed.length === 1 &&
    parsed[0].address !== undefined &&
    emailAddress(EMAIL_MAX_LENGTH).check(parsed[0].address) === null
  );
}

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The origin (scheme://host[:port]) of an http(s) URL, or null. */
function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.pathname !== '/' || url.search || url.hash || url.username) return null;
    return url.origin;
  } catch {
    return null;
  }
}

function resolvePath(cwd: string, value: string): string {
  return value.startsWith('/') ? value : `${cwd.replace(/\/$/, '')}/${value}`;
}
