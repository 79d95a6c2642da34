import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import {
  ApplicationConfig,
  DiscoveryService,
  MetadataScanner,
  ModulesContainer,
  Reflector,
} from '@nestjs/core';
import type { RouteRule } from '@signoff/domain';
import request from 'supertest';
import { ROUTE_RULE } from '../src/auth/route-rule.decorator';
import { ACCESS_MATRIX, type Consumed, type Probe, type ProbeCase } from './access-matrix.expected';
import {
  ACTOR_NAMES,
  CURRENT_ACTOR_NAMES,
  FORMER_ACTOR_NAMES,
  accessFixture,
  type AccessFixture,
} from './support/access-fixture';
import { startTestApp, type TestApp } from './support/test-app';

interface DeclaredRoute {
  /** `METHOD /path`, as the expected table names it. */
  key: string;
  method: string;
  rule: RouteRule | undefined;
}

/** Every route of every controller, as Nest registers it, with its declared access rule. */
function declaredRoutes(t: TestApp): DeclaredRoute[] {
  const discovery = new DiscoveryService(t.app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const prefix = t.app.get(ApplicationConfig).getGlobalPrefix();
  const paths = (value: unknown): string[] =>
    value === undefined ? [''] : ([] as string[]).concat(value as string | string[]);
  const routes: DeclaredRoute[] = [];
  for (const controller of discovery.getControllers()) {
    const type = controller.metatype as (new (...args: never[]) => object) | null;
    if (!type) continue;
    const prototype = type.prototype as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as (...args: unknown[]) => unknown;
      const own = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (own === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const rule = reflector.getAllAndOverride<RouteRule | undefined>(ROUTE_RULE, [handler, type]);
      for (const base of paths(Reflect.getMetadata(PATH_METADATA, type)))
        for (const path of paths(own)) {
          const full = `/${[prefix, base, path].join('/')}`.replace(/\/+/g, '/').replace(/\/$/, '');
          routes.push({ key: `${method} ${full}`, method, rule });
        }
    }
  }
  return routes;
}

const OUTCOMES: readonly string[] = ['ok', '400', '401', '403', '404', '409'];

const cells = (row: string): string[] => row.split(/[\s|]+/).filter(Boolean);

/** The expected outcome per actor, in the order of ACTOR_NAMES. */
function cellsOf(probeCase: ProbeCase): string[] {
  return [...cells(probeCase.expect), ...cells(probeCase.former)];
}

function outcomeOf(status: number): string {
  return status < 400 ? 'ok' : String(status);
}

interface PlannedProbe {
  method: string;
  where: string;
  probeCase: ProbeCase;
  actor: string;
  expected: string;
}

function casesOf(key: string): [string, ProbeCase][] {
  const row = ACCESS_MATRIX[key];
  if (!row) return [];
  return 'cases' in row
    ? Object.entries(row.cases).map(([label, probeCase]) => [`${key} (${label})`, probeCase])
    : [[key, row]];
}

/** Runs `run` on every item, `lanes` at a time. */
async function inLanes<T>(items: T[], lanes: number, run: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item);
    }),
  );
}

async function send(t: TestApp, method: string, probe: Probe, cookie: string | null) {
  let call = request(t.http)[method.toLowerCase() as 'get'](probe.path);
  if (cookie !== null) call = call.set('Cookie', cookie);
  if (probe.contentType) call = call.set('Content-Type', probe.contentType);
  for (const [name, value] of Object.entries(probe.headers ?? {})) call = call.set(name, value);
  return probe.body === undefined ? call : call.send(probe.body);
}

describe('route × role × ownership access matrix', () => {
  let t: TestApp;
  let fx: AccessFixture;
  let routes: DeclaredRoute[];
  let closedBefore: unknown;

  /** Every row of these enrolments and of the evidence on them, with the files it holds. */
  const portfolios = (enrolmentIds: string[]): Promise<unknown> =>
    t.db.query(
      `SELECT to_jsonb(e) AS enrolment,
              (SELECT json_agg(json_build_object('version', to_jsonb(v), 'files',
                        (SELECT json_agg(f.file_id ORDER BY f.file_id) FROM evidence_version_files f
                          WHERE f.version_id = v.id)) ORDER BY v.item_id, v.number)
                 FROM evidence_items i JOIN evidence_versions v ON v.item_id = i.id
                WHERE i.enrolment_id = e.id) AS evidence
         FROM enrolments e WHERE e.id = ANY($1::uuid[]) ORDER BY e.id`,
      [enrolmentIds],
    );
  const closedEnrolments = () => [fx.withdrawn.enrolment, fx.completed.enrolment];

  beforeAll(async () => {
    // Every probe of the witness's page comes from this one address: far past its usual limit.
    t = await startTestApp({ WITNESS_LIMIT_PER_ADDRESS: '10000' });
    routes = declaredRoutes(t);
    fx = await accessFixture(t);
    closedBefore = await portfolios(closedEnrolments());
  });
  afterAll(() => t.close());

  it('finds the routes in Nest itself, each declaring its access rule', () => {
    expect(routes.map((route) => route.key)).toContain('GET /api/health');
    expect(routes.filter((route) => route.rule === undefined).map((route) => route.key)).toEqual(
      [],
    );
  });

  it('has exactly one row of expectations per route, each naming every actor', () => {
    const keys = new Set(routes.map((route) => route.key));
    const problems = [
      ...[...keys]
        .filter((key) => !(key in ACCESS_MATRIX))
        .map((key) => `${key}: no row in access-matrix.expected.ts`),
      ...Object.keys(ACCESS_MATRIX)
        .filter((key) => !keys.has(key))
        .map((key) => `${key}: in access-matrix.expected.ts, but no such route`),
      ...Object.keys(ACCESS_MATRIX).flatMap((key) =>
        casesOf(key).flatMap(([where, probeCase]) =>
          (
            [
              ['expect', probeCase.expect, CURRENT_ACTOR_NAMES.length],
              ['former', probeCase.former, FORMER_ACTOR_NAMES.length],
            ] as const
          ).flatMap(([field, row, count]) =>
            cells(row).length === count && cells(row).every((cell) => OUTCOMES.includes(cell))
              ? []
              : [`${where}: ${field} must hold ${count} cells of ${OUTCOMES.join(', ')}`],
          ),
        ),
      ),
    ];
    expect(problems).toEqual([]);
  });

  it('answers every route, as every actor, as the expected table says', async () => {
    const planned: PlannedProbe[] = routes.flatMap((route) =>
      casesOf(route.key).flatMap(([where, probeCase]) =>
        cellsOf(probeCase).map((expected, index) => ({
          method: route.method,
          where,
          probeCase,
          actor: ACTOR_NAMES[index],
          expected,
        })),
      ),
    );
    // One record per route (and per enrolment it is made on) for all of its refusals.
    const shared = new Map<string, Map<() => Promise<unknown>, Promise<unknown>>>();
    const mismatches = new Map<PlannedProbe, string>();
    const run = async (planned: PlannedProbe) => {
      const { method, where, probeCase, actor, expected } = planned;
      const who = fx.actors[actor];
      const consumed: Consumed = <T>(make: () => Promise<T>) => {
        if (expected === 'ok') return make();
        const made = shared.get(where) ?? new Map<() => Promise<unknown>, Promise<unknown>>();
        shared.set(where, made);
        if (!made.has(make)) made.set(make, make());
        return made.get(make) as Promise<T>;
      };
      const probe = await probeCase.probe({ ...fx, ...who.records }, who, consumed);
      const response = await send(
        t,
        method,
        probe,
        probe.cookie === undefined ? who.cookie : probe.cookie,
      );
      if (outcomeOf(response.status) !== expected)
        mismatches.set(
          planned,
          `${where.padEnd(60)} ${actor.padEnd(15)} expected ${expected.padEnd(3)} got ${response.status} ${response.status >= 400 ? JSON.stringify(response.body).slice(0, 200) : ''}`.trimEnd(),
        );
    };
    // Refusals first, and side by side: they change nothing, and no allowed probe (a discard, a
    // submit) has yet changed what they are checked on. The allowed ones then one at a time.
    await inLanes(
      planned.filter((probe) => probe.expected !== 'ok'),
      4,
      run,
    );
    for (const probe of planned.filter((probe) => probe.expected === 'ok')) await run(probe);
    const report = planned.flatMap((probe) => mismatches.get(probe) ?? []);
    expect(report.length === 0 ? '' : `route, actor, expected, got:\n${report.join('\n')}`).toBe(
      '',
    );
    // Every route as every actor in one table: 10-25 s alone, more on a busy 2-core machine.
  }, 120_000);

  it('changed nothing on the withdrawn and completed enrolments', async () => {
    expect(await portfolios(closedEnrolments())).toEqual(closedBefore);
  });

  it("no longer lists a former owner's enrolment to them", async () => {
    for (const name of FORMER_ACTOR_NAMES) {
      const { cookie } = fx.actors[name];
      const listed = await request(t.http)
        .get('/api/enrolments')
        .set('Cookie', cookie ?? '');
      // The enrolment they held is gone, and they hold no other.
      expect([name, listed.status, listed.body.items]).toEqual([name, 200, []]);
    }
  });

  it('lets an admin of one of two centres suspend a person there alone; a password link needs both', async () => {
    const adminA = fx.actors['admin/own'].cookie ?? '';
    const adminB = fx.actors['admin/other'].cookie ?? '';
    const person = await fx.crossCentreAssessor();
    const as = (cookie: string, method: 'get' | 'post', path: string) =>
      request(t.http)[method](path).set('Cookie', cookie);

    const link = await as(adminB, 'post', `/api/users/${person.id}/password-link`);
    expect([link.status, link.body.code]).toEqual([403, 'FORBIDDEN']);
    expect(link.body.message).toMatch(
      /also belongs to a centre you do not administer, so only an admin of every centre they belong to can issue them a password link/,
    );

    const disabled = await as(adminB, 'post', `/api/users/${person.id}/disable`);
    expect([disabled.status, disabled.body.disabled]).toEqual([200, true]);
    expect((await as(adminB, 'get', `/api/users/${person.id}`)).body.disabled).toBe(true);
    // Still at work at centre A: the same session reads the enrolment they assess there.
    expect((await as(adminA, 'get', `/api/users/${person.id}`)).body.disabled).toBe(false);
    expect((await as(person.cookie, 'get', `/api/enrolments/${person.enrolment}`)).status).toBe(
      200,
    );
    const enabled = await as(adminB, 'post', `/api/users/${person.id}/enable`);
    expect([enabled.status, enabled.body.disabled]).toEqual([200, false]);

    const fromBoth = await as(
      fx.adminOfBothCookie,
      'post',
      `/api/users/${person.id}/password-link`,
    );
    expect(fromBoth.status).toBe(201);
    expect(fromBoth.body.url).toMatch(/#token=/);
  });
});
