import { ConfigError, parseConfig } from './app-config';

const cwd = '/srv/signoff';

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env, cwd);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('parseConfig', () => {
  it('runs on the embedded database with safe defaults when nothing is set', () => {
    const config = parseConfig({}, cwd);
    expect(config.databaseUrl).toBeNull();
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.publicOrigin).toBe('http://localhost:3000');
    expect(config.dataDir).toBe('/srv/signoff/.data');
    expect(config.production).toBe(false);
    expect(config.seedDemo).toBe(false);
    expect(config.sqlTraceFile).toBeNull();
    expect(config.smtp).toBeNull();
  });

  it('traces SQL only when asked, to a file resolved like the data folder', () => {
    expect(parseConfig({ SQL_TRACE_FILE: 'trace.jsonl' }, cwd).sqlTraceFile).toBe(
      '/srv/signoff/trace.jsonl',
    );
  });

  it('limits one email at an address well below the ceiling for everyone behind the address', () => {
    expect(parseConfig({}, cwd).loginLimit).toEqual({
      perEmail: 5,
      perAddress: 100,
      windowSeconds: 900,
    });
  });

  it('caps bursts of writes per person well above what real work needs', () => {
    expect(parseConfig({}, cwd).writeBurstLimit).toEqual({ evidence: 60, upload: 300 });
    expect(problemsOf({ EVIDENCE_LIMIT_PER_HOUR: '0' })[0]).toContain('EVIDENCE_LIMIT_PER_HOUR');
  });

  it('looks for due jobs and schedules every few seconds, and at least every half minute', () => {
    expect(parseConfig({}, cwd).jobPollSeconds).toBe(5);
    expect(parseConfig({ JOB_POLL_SECONDS: '1' }, cwd).jobPollSeconds).toBe(1);
    expect(problemsOf({ JOB_POLL_SECONDS: '0' })[0]).toContain('JOB_POLL_SECONDS');
    expect(problemsOf({ JOB_POLL_SECONDS: '31' })[0]).toContain('JOB_POLL_SECONDS');
  });

  it('reads a server database and the public origin', () => {
    const config = parseConfig(
      {
        DATABASE_URL: 'postgres://u:p@db:5432/signoff',
        PUBLIC_ORIGIN: 'https://signoff.example.org/',
        PORT: '8080',
      },
      cwd,
    );
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/signoff');
    expect(config.publicOrigin).toBe('https://signoff.example.org');
    expect(config.port).toBe(8080);
  });

  it('migrates as MIGRATION_DATABASE_URL when given, else as DATABASE_URL', () => {
    const api = 'postgres://signoff_api:p@db:5432/signoff';
    const owner = 'postgres://signoff:p@db:5432/signoff';
    expect(parseConfig({ DATABASE_URL: api }, cwd).migrationDatabaseUrl).toBe(api);
    const config = parseConfig({ DATABASE_URL: api, MIGRATION_DATABASE_URL: owner }, cwd);
    expect(config).toMatchObject({ databaseUrl: api, migrationDatabaseUrl: owner });
  });

  it.each([
    [
      'smtp://signoff:secret@mail.example.org:2525',
      {
        host: 'mail.example.org',
        port: 2525,
        secure: false,
        auth: { user: 'signoff', pass: 'secret' },
      },
    ],
    ['smtp://mail.example.org', { host: 'mail.example.org', port: 587, secure: false, auth: null }],
    ['smtps://mail.example.org', { host: 'mail.example.org', port: 465, secure: true, auth: null }],
    [
      'smtps://apikey%40example.org:p%40ss%3Aw%2Frd@mail.example.org:465/',
      {
        host: 'mail.example.org',
        port: 465,
        secure: true,
        auth: { user: 'apikey@example.org', pass: 'p@ss:w/rd' },
      },
    ],
    ['smtp://[::1]:25', { host: '::1', port: 25, secure: false, auth: null }],
  ])('sends e-mail through SMTP_URL %s, its user and password decoded', (url, server) => {
    const config = parseConfig({ SMTP_URL: url, SMTP_FROM: 'Signoff <signoff@example.org>' }, cwd);
    expect(config.smtp).toEqual({ ...server, from: 'Signoff <signoff@example.org>' });
  });

  it('takes a bare address as the sender', () => {
    const env = { SMTP_URL: 'smtp://mail.example.org', SMTP_FROM: 'signoff@example.org' };
    expect(parseConfig(env, cwd).smtp?.from).toBe('signoff@example.org');
  });

  it('never repeats SMTP_URL in its refusal, as it may hold a password', () => {
    const problems = problemsOf({ SMTP_URL: 'http://u:hunter2@mail', SMTP_FROM: 'a@example.org' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).not.toContain('hunter2');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://a@db/x', MIGRATION_DATABASE_URL: 'x' }, 'MIGRATION_DATABASE_URL'],
    [{ MIGRATION_DATABASE_URL: 'postgres://a@db/x' }, 'MIGRATION_DATABASE_URL'],
    [{ PUBLIC_ORIGIN: 'ftp://example.org' }, 'PUBLIC_ORIGIN'],
    [{ PUBLIC_ORIGIN: 'https://example.org/app' }, 'PUBLIC_ORIGIN'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TRUST_PROXY: 'maybe' }, 'TRUST_PROXY'],
    [{ LOGIN_LIMIT_PER_EMAIL: '0' }, 'LOGIN_LIMIT_PER_EMAIL'],
    [{ SMTP_URL: 'mail.example.org:587', SMTP_FROM: 'a@example.org' }, 'SMTP_URL'],
    [{ SMTP_URL: 'https://mail.example.org', SMTP_FROM: 'a@example.org' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp://', SMTP_FROM: 'a@example.org' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp://mail.example.org:0', SMTP_FROM: 'a@example.org' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp://mail.example.org?pool=true', SMTP_FROM: 'a@example.org' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp://mail.example.org/relay', SMTP_FROM: 'a@example.org' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp://u:%E0%A4%A@mail.example.org', SMTP_FROM: 'a@example.org' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp://mail.example.org' }, 'SMTP_FROM'],
    [{ SMTP_URL: 'smtp://mail.example.org', SMTP_FROM: 'Signoff' }, 'SMTP_FROM'],
    [
      { SMTP_URL: 'smtp://mail.example.org', SMTP_FROM: 'a@example.org, b@example.org' },
      'SMTP_FROM',
    ],
    [{ SMTP_URL: 'smtp://mail.example.org', SMTP_FROM: 'Signoff <signoff@>' }, 'SMTP_FROM'],
    [{ SMTP_FROM: 'a@example.org' }, 'SMTP_FROM'],
  ])('refuses %j naming %s', (env, name) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name} `));
  });

  it('names every malformed variable at once', () => {
    expect(problemsOf({ PORT: 'x', LOG_LEVEL: 'y' })).toHaveLength(2);
  });

  it('treats a blank value as unset', () => {
    expect(parseConfig({ DATABASE_URL: '  ' }, cwd).databaseUrl).toBeNull();
  });
});
