// What an endpoint asks of the database, from the app's SQL trace (SQL_TRACE_FILE, one JSON line
// per statement run for a request): how many statements, how long the reads take replayed bare
// on one connection, and whether any plan scans a large table whole.
import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { median } from './load.mjs';

/** Tables that grow with the centre: a list plan must never read them whole. */
export const GROWING_TABLES = [
  'evidence_versions',
  'evidence_version_files',
  'enrolment_assignments',
];

/** Reads the trace from line `from` on: the statements of each request, by request, in order. */
export function readTrace(file, from = 0) {
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  const requests = new Map();
  for (const line of lines.slice(from)) {
    const { request, ...statement } = JSON.parse(line);
    if (!requests.has(request.id)) requests.set(request.id, { ...request, statements: [] });
    requests.get(request.id).statements.push(statement);
  }
  return { lines: lines.length, requests: [...requests.values()] };
}

/** Statements that only read, replayed bare; the rest (session touch, transactions) are counted only. */
export function isRead(sql) {
  return /^\s*(SELECT|WITH)\b/i.test(sql) && !/\b(INSERT|UPDATE|DELETE)\b/i.test(sql);
}

/**
 * Replays `statements`' reads one after another on `client`, `rounds` times after one round
 * that warms the caches: the median total in ms, and the read whose median is longest.
 */
export async function bareSql(client, statements, rounds) {
  const reads = statements.filter((s) => isRead(s.sql));
  const totals = [];
  const each = reads.map(() => []);
  for (let round = 0; round <= rounds; round += 1) {
    let total = 0;
    for (const [index, { sql, parameters }] of reads.entries()) {
      const start = performance.now();
      await client.query(sql, parameters);
      const ms = performance.now() - start;
      total += ms;
      if (round > 0) each[index].push(ms);
    }
    if (round > 0) totals.push(total);
  }
  const medians = each.map(median);
  const slowest = medians.indexOf(Math.max(...medians));
  return {
    ms: median(totals),
    slowest: slowest < 0 ? null : { ms: medians[slowest], sql: reads[slowest].sql },
  };
}

/** The growing tables each read statement's plan scans sequentially, as `table (statement n)`. */
export async function sequentialScans(client, statements) {
  const found = [];
  const walk = (plan, n) => {
    if (plan['Node Type'] === 'Seq Scan' && GROWING_TABLES.includes(plan['Relation Name']))
      found.push(`${plan['Relation Name']} (statement ${n})`);
    for (const child of plan.Plans ?? []) walk(child, n);
  };
  for (const [index, { sql, parameters }] of statements.entries()) {
    if (!isRead(sql)) continue;
    const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
    walk(rows[0]['QUERY PLAN'][0].Plan, index + 1);
  }
  return [...new Set(found)];
}

/**
 * Sends each case twice through the traced app and profiles the second answer's statements
 * (the first may fill caches): statements (writes among them), bare SQL (see bareSql),
 * sequential scans of growing tables for the list cases (`c.list`).
 */
export async function profileCases(traced, traceFile, databaseUrl, cases, rounds) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const profiles = new Map();
  let seen = 0;
  try {
    for (const c of cases) {
      for (let i = 0; i < 2; i += 1) {
        const response = await fetch(traced + c.path, { headers: c.headers });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${c.path}: ${response.status}`);
      }
      // Anything the app runs once the answer has gone is still this request's.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const trace = readTrace(traceFile, seen);
      seen = trace.lines;
      const statements = trace.requests.at(-1)?.statements ?? [];
      profiles.set(c, {
        statements: statements.length,
        writes: statements.filter((s) => !isRead(s.sql)).length,
        bare: await bareSql(client, statements, rounds),
        scans: c.list ? await sequentialScans(client, statements) : [],
      });
    }
  } finally {
    await client.end();
  }
  if ([...profiles.values()].every((profile) => profile.statements === 0))
    throw new Error(`${traceFile} holds no SQL: was the app built with SQL_TRACE_FILE?`);
  return profiles;
}
