#!/usr/bin/env node
// Benchmark: the requests people make all day, on a generated centre of the size, under
// closed-loop load at several concurrencies, as ratios to a baseline (GET /api/health) measured
// in the same rounds, beside the SQL each request runs (statements, bare time, plans). Then the
// embedded default beside the server. Needs the built app (`npm run build`) and a Postgres server
// (DATABASE_URL or 127.0.0.1:5432); it creates a database of its own and drops it afterwards.
// Scale and length by environment: BENCH_LEARNERS, BENCH_ITEMS, BENCH_ASSESSORS,
// BENCH_HEAVY_LEARNERS, BENCH_HEAVY_ITEMS, BENCH_ROUNDS, BENCH_SLOT_MS, BENCH_CONNECTIONS,
// BENCH_EMBEDDED=false to skip the embedded database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBuiltApp } from '../scripts/lib/app-process.mjs';
import { signIn, withBenchApp } from './lib/bench-app.mjs';
import { startEmbedded } from './lib/embedded.mjs';
import {
  analyze,
  centreSize,
  generateCentre,
  growth,
  storeRealFile,
} from './lib/generate-centre.mjs';
import { rotation } from './lib/load.mjs';
import { withClient } from './lib/owner-sql.mjs';
import { profileCases } from './lib/sql-profile.mjs';
import { generateMatrix } from './lib/wide-unit.mjs';

const env = process.env;
const ROUNDS = Number(env.BENCH_ROUNDS ?? 3);
const SLOT_MS = Number(env.BENCH_SLOT_MS ?? 1000);
const CONNECTIONS = (env.BENCH_CONNECTIONS ?? '1,10,50').split(',').map(Number);
/** The concurrency the flatness and embedded comparisons are made at. */
const COMPARED_AT = 10;
const MATRIX = { rowCount: 150, itemCount: 500 };
const FILE_BYTES = 1024 * 1024;
/** A surname a fortieth of the learners have, at any scale. */
const SEARCH = 'Brennan';
const full = centreSize(1);
const tenth = centreSize(0.1);

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
const describe = (size) =>
  `${size.learners} learners, ${size.assessors} assessors, ${size.items} evidence items and files (${size.heavyLearners} learners with ${size.heavyItems})`;

let failed = false;
await withBenchApp('signoff_bench', async ({ app, database, env: appEnv }) => {
  const started = Date.now();
  // Ready first, so that its lists are measured in the same rounds as the server's.
  const embedded = env.BENCH_EMBEDDED === 'false' ? null : await startEmbedded(tenth);
  if (embedded)
    console.log(
      `started the embedded database, loaded a tenth of the centre into it and started it again in ${seconds(started)} s`,
    );
  try {
    await measureServer(app, database, appEnv, embedded);
  } finally {
    await embedded?.stop();
  }
});
if (failed) process.exitCode = 1;

/**
 * The tenth of the centre (beside the embedded database's, when there is one, which is stopped
 * once measured), then the whole centre.
 */
async function measureServer(app, database, appEnv, embedded) {
  let started = Date.now();
  await generateCentre(database.url, tenth, { batch: 'a', demoAssessors: true });
  console.log(`generated a tenth of the centre, ${describe(tenth)}, in ${seconds(started)} s`);

  const cookies = await signInAll(app.url);
  started = Date.now();
  const matrix = await generateMatrix(app.url, database.url, cookies.admin.cookie, MATRIX);
  await analyze(database.url);
  console.log(
    `generated a unit of ${MATRIX.rowCount} rows with ${MATRIX.itemCount} accepted items mapped across it in ${seconds(started)} s`,
  );
  const ids = await fixtureIds(database.url);
  await storeRealFile(database.url, appEnv.DATA_DIR, ids.file, FILE_BYTES);
  const [health, ...lists] = listCases(app.url, cookies);
  const cases = [...lists, ...itemCases(app.url, ids, matrix, cookies)];
  const listed = cases.filter((c) => c.flat);
  // The embedded database's baseline and lists, each named as the server's.
  const twins = embedded
    ? listCases(embedded.url, await signInAll(embedded.url)).filter(
        (c, index) => index === 0 || c.flat,
      )
    : [];

  const traceDir = mkdtempSync(join(tmpdir(), 'signoff-bench-trace-'));
  const traceFile = join(traceDir, 'sql.jsonl');
  const traced = await startBuiltApp({ ...appEnv, SQL_TRACE_FILE: traceFile });
  try {
    const profile = (which) => profileCases(traced.url, traceFile, database.apiUrl, which, 5);
    const small = {
      load: await rotation(health, [...listed, ...twins], {
        connections: COMPARED_AT,
        rounds: ROUNDS,
        ms: SLOT_MS,
      }),
      sql: await profile(listed),
    };
    await embedded?.stop();

    started = Date.now();
    await generateCentre(database.url, growth(tenth, full), { batch: 'b' });
    await analyze(database.url);
    console.log(`grew it to the whole centre, ${describe(full)}, in ${seconds(started)} s`);

    const load = new Map();
    for (const connections of CONNECTIONS) {
      started = Date.now();
      load.set(
        connections,
        await rotation(health, cases, {
          connections,
          rounds: ROUNDS,
          ms: SLOT_MS,
        }),
      );
      console.log(
        `measured ${cases.length} cases at ${connections} connections in ${seconds(started)} s`,
      );
    }
    const sql = await profile(cases);

    failed = report({ health, cases, load, sql, small, embedded, twins });
  } finally {
    await traced.stop();
    rmSync(traceDir, { recursive: true, force: true });
  }
}

/** The cases as sent to the app at `base`. */
function at(base, cases) {
  return cases.map((c) => ({ ...c, url: base + c.path }));
}

async function signInAll(url) {
  return {
    admin: { cookie: await signIn(url, 'admin@demo.test') },
    assessor: { cookie: await signIn(url, 'assessor@demo.test') },
    learner: { cookie: await signIn(url, 'learner@demo.test') },
  };
}

/**
 * The baseline and the lists: `list` ones have their plans checked, `flat` ones are also
 * measured on the tenth of the centre (and on the embedded database).
 */
function listCases(base, { admin, assessor, learner }) {
  return at(base, [
    { name: 'GET /api/health (baseline)', path: '/api/health', headers: {} },
    {
      name: 'admin: enrolments, first page',
      path: '/api/enrolments',
      headers: admin,
      list: true,
      flat: true,
    },
    {
      name: `admin: enrolments searched`,
      path: `/api/enrolments?q=${SEARCH}`,
      headers: admin,
      list: true,
    },
    {
      name: 'admin: learners, first page',
      path: '/api/learners',
      headers: admin,
      list: true,
      flat: true,
    },
    {
      name: 'admin: learners searched',
      path: `/api/learners?q=${SEARCH}`,
      headers: admin,
      list: true,
    },
    {
      name: 'assessor: caseload',
      path: '/api/enrolments?mine=assessor',
      headers: assessor,
      list: true,
      flat: true,
    },
    {
      name: 'learner: own enrolments',
      path: '/api/enrolments?mine=learner',
      headers: learner,
      list: true,
    },
  ]);
}

/** The item, file and enrolment pages an assessor opens, on a learner with many items. */
function itemCases(base, ids, matrix, { assessor }) {
  const enrolment = `/api/enrolments/${ids.enrolment}`;
  return at(base, [
    {
      name: 'assessor: portfolio, first page',
      path: `${enrolment}/evidence`,
      headers: assessor,
      list: true,
    },
    {
      name: 'assessor: assessment queue',
      path: '/api/assessment-queue',
      headers: assessor,
      list: true,
    },
    { name: 'assessor: evidence item', path: `/api/evidence/${ids.item}`, headers: assessor },
    {
      name: `assessor: file download (${FILE_BYTES >> 20} MiB)`,
      path: `/api/files/${ids.file}`,
      headers: assessor,
    },
    { name: 'assessor: file preview', path: `/api/files/${ids.file}/preview`, headers: assessor },
    {
      name: 'assessor: file Range, 64 KiB',
      path: `/api/files/${ids.file}`,
      headers: { ...assessor, range: 'bytes=0-65535' },
    },
    { name: 'assessor: progress', path: `${enrolment}/progress`, headers: assessor },
    {
      name: `assessor: sign-off matrix, ${MATRIX.rowCount} rows`,
      path: `/api/enrolments/${matrix.enrolment}/units/${matrix.unit}/matrix`,
      headers: assessor,
    },
  ]);
}

/** A learner of many items held by assessor@demo.test, an accepted item of theirs and its file. */
function fixtureIds(url) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT e.id AS enrolment, i.id AS item, f.file_id AS file
         FROM users l JOIN enrolments e ON e.learner_id = l.id
         JOIN evidence_items i ON i.enrolment_id = e.id
         JOIN evidence_versions v ON v.item_id = i.id AND v.status = 'accepted'
         JOIN evidence_version_files f ON f.version_id = v.id
        WHERE l.email = 'bench-a-1@example.test'
        ORDER BY i.created_at LIMIT 1`,
    );
    return rows[0];
  });
}

function fixed(value, digits = 1) {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/** A statement on one line, its select list left out. */
function shortened(sql) {
  const line = sql
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^SELECT .*? FROM /i, 'SELECT … FROM ');
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

function kb(bytes) {
  return bytes < 10_000 ? `${bytes} B` : `${fixed(bytes / 1024, 0)} KB`;
}

function table(header, rows) {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => String(row[i]).length)),
  );
  const line = (cells) =>
    `| ${cells.map((cell, i) => String(cell)[i === 0 ? 'padEnd' : 'padStart'](widths[i])).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (i === 0 ? '-' : '') + '-'.repeat(w + 1) + (i === 0 ? '' : ':')).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** Prints the figures as Markdown tables; answers whether a list plan scans a growing table whole. */
function report({ health, cases, load, sql, small, embedded, twins }) {
  const loadHeader = CONNECTIONS.flatMap((n) => [
    `p50 ms @${n}`,
    `p95 @${n}`,
    `req/s @${n}`,
    `× health @${n}`,
  ]);
  const row = (c) => {
    const profile = sql.get(c);
    return [
      c.name,
      kb(load.get(CONNECTIONS[0]).get(c).bytes),
      `${profile.statements} (${profile.writes})`,
      fixed(profile.bare.ms, 2),
      ...CONNECTIONS.flatMap((n) => {
        const measured = load.get(n).get(c);
        const baseline = load.get(n).get(health);
        return [
          fixed(measured.p50, 2),
          fixed(measured.p95, 2),
          fixed(measured.rps, 0),
          fixed(measured.p50 / baseline.p50),
        ];
      }),
    ];
  };
  console.log(
    `\n## The whole centre: ${describe(full)}\n\nMedians over ${ROUNDS} rounds of ${SLOT_MS / 1000} s per case and concurrency, closed loop on keep-alive connections, health measured before every case; × health = p50 / health's p50 in the same rounds. Statements per request (writes among them), bare SQL = its reads replayed on one connection (median of 5).\n`,
  );
  console.log(
    table(
      ['request', 'bytes', 'statements', 'bare SQL ms', ...loadHeader],
      [
        [
          health.name,
          kb(load.get(CONNECTIONS[0]).get(health).bytes),
          ...(() => {
            const profile = sql.get(health);
            return profile
              ? [`${profile.statements} (${profile.writes})`, fixed(profile.bare.ms, 2)]
              : ['', ''];
          })(),
          ...CONNECTIONS.flatMap((n) => {
            const measured = load.get(n).get(health);
            return [fixed(measured.p50, 2), fixed(measured.p95, 2), fixed(measured.rps, 0), '1.0'];
          }),
        ],
        ...cases.map(row),
      ],
    ),
  );

  console.log(
    `\n## Flat as the centre grows: a tenth of it (${describe(tenth)}) against the whole, at ${COMPARED_AT} connections\n\nEach size against health in its own rounds, since the machine's load between the two can differ.\n`,
  );
  const flat = cases.filter((c) => c.flat);
  const tenthHealth = small.load.get(health);
  const wholeHealth = load.get(COMPARED_AT)?.get(health);
  console.log(
    table(
      [
        'request',
        '× health tenth → whole',
        'req/s tenth → whole',
        'statements tenth → whole',
        'bare SQL ms tenth → whole',
      ],
      flat.map((c) => {
        const before = small.load.get(c);
        const after = load.get(COMPARED_AT)?.get(c);
        return [
          c.name,
          `${fixed(before.p50 / tenthHealth.p50)} → ${fixed(after?.p50 / wholeHealth?.p50)}`,
          `${fixed(before.rps, 0)} → ${fixed(after?.rps, 0)}`,
          `${small.sql.get(c).statements} → ${sql.get(c).statements}`,
          `${fixed(small.sql.get(c).bare.ms, 2)} → ${fixed(sql.get(c).bare.ms, 2)}`,
        ];
      }),
    ),
  );

  const slow = cases.filter((c) => sql.get(c).bare.slowest?.ms >= 5);
  if (slow.length > 0) {
    console.log(
      `\n## The longest read of each request whose reads take 5 ms or more (bare, median)\n`,
    );
    for (const c of slow) {
      const { ms, sql: text } = sql.get(c).bare.slowest;
      console.log(`- ${c.name}: ${fixed(ms, 2)} ms: ${shortened(text)}`);
    }
  }

  if (embedded) {
    console.log(
      `\n## Embedded default (PGlite, no DATABASE_URL) beside the server\n\nFirst start on an empty data folder: ${fixed(embedded.firstStartMs / 1000)} s until /api/health answers; idle RSS ${fixed(embedded.idleMb, 0)} MB. A tenth of the centre loaded into it in ${fixed(embedded.generateMs / 1000)} s (the whole is impractically slow to generate on PGlite); start on that data ${fixed(embedded.restartMs / 1000)} s. Requests/s at ${COMPARED_AT} connections, each against the server on the same tenth in the same rounds:\n`,
    );
    const theirs = (c) => small.load.get(twins.find((twin) => twin.name === c.name));
    const rows = [health, ...flat].map((c) => {
      const server = small.load.get(c);
      const mine = theirs(c);
      return [
        c.name,
        fixed(server.rps, 0),
        fixed(mine.rps, 0),
        fixed(mine.rps / server.rps, 2),
        fixed(server.p50 / tenthHealth.p50),
        fixed(mine.p50 / theirs(health).p50),
      ];
    });
    const header = ['request', 'server req/s', 'embedded req/s', 'embedded ÷ server'];
    console.log(table([...header, 'server × health', 'embedded × health'], rows));
  }

  const scans = cases.flatMap((c) =>
    sql.get(c).scans.map((scan) => `${c.name}: Seq Scan on ${scan}`),
  );
  if (scans.length > 0) {
    console.log(`\nFAILED: list plans read a growing table whole on the whole centre:`);
    for (const scan of scans) console.log(`  ${scan}`);
  } else
    console.log(
      `\nNo list plan reads evidence_versions, evidence_version_files or enrolment_assignments whole.`,
    );
  return scans.length > 0;
}
