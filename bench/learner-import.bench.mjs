#!/usr/bin/env node
// Benchmark: does a large learner import hold up everyone else? GET /api/health is timed alone
// (the baseline), then while the built app checks and imports large CSV files; each is
// reported as p50/p95 and as a ratio of the baseline, with the app's peak memory. Needs the
// built app (`npm run build`) and a Postgres server (DATABASE_URL or 127.0.0.1:5432); it creates
// a database of its own and drops it afterwards.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { signIn, withBenchApp } from './lib/bench-app.mjs';

const { LEARNER_IMPORT_COLUMNS, LEARNER_IMPORT_LIMITS } = createRequire(import.meta.url)(
  '../dist/api/libs/contracts/src/index.js',
);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 150);
const HEADER = Object.keys(LEARNER_IMPORT_COLUMNS);

let app;
await withBenchApp('signoff_bench_import', async (bench) => {
  app = bench.app;
  const admin = await signIn(app.url, 'admin@demo.test');
  const baseline = await healthTimes(SAMPLES);
  const { maxLearners } = LEARNER_IMPORT_LIMITS;
  const cases = [
    [
      `${maxLearners} learners, each with a date of birth not on the calendar (400)`,
      csv(maxLearners, (n) => ({ date_of_birth: '1990-02-30', email: `bad-${n}@bench.test` })),
    ],
    [
      '100,000 lines, more than an import takes (413)',
      csv(100_000, (n) => ({ email: `many-${n}@bench.test` })),
    ],
    [`${maxLearners} learners (201)`, csv(maxLearners, (n) => ({ email: `new-${n}@bench.test` }))],
  ];

  console.log(
    `GET /api/health, ${SAMPLES} sequential requests alone, then as many as fit while each import runs;\n` +
      `app peak memory ${peakMb(app.pid)} MB after start.\n`,
  );
  console.log(`  alone: p50 ${ms(p(baseline, 50))}, p95 ${ms(p(baseline, 95))}`);
  for (const [name, body] of cases) {
    const { status, importMs, during } = await healthDuringImport(admin, body);
    console.log(
      `\n  during an import of ${name}: answered ${status} in ${(importMs / 1000).toFixed(1)} s, ` +
        `${(body.length / 1024 / 1024).toFixed(1)} MB sent; app peak memory ${peakMb(app.pid)} MB\n` +
        `    ${during.length} health requests: p50 ${ms(p(during, 50))} (${ratio(during, baseline, 50)} × alone), ` +
        `p95 ${ms(p(during, 95))} (${ratio(during, baseline, 95)} × alone), slowest ${ms(Math.max(...during))}`,
    );
  }
});

function csv(count, valuesOf) {
  const rows = Array.from({ length: count }, (_, index) => {
    const values = {
      display_name: 'Bench Learner',
      date_of_birth: '1990-05-17',
      ...valuesOf(index),
    };
    return HEADER.map((column) => values[column] ?? '').join(',');
  });
  return [HEADER.join(','), ...rows].join('\n');
}

async function healthOnce() {
  const start = process.hrtime.bigint();
  const response = await fetch(`${app.url}/api/health`);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`/api/health: ${response.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function healthTimes(count) {
  for (let i = 0; i < 10; i++) await healthOnce();
  const times = [];
  for (let i = 0; i < count; i++) times.push(await healthOnce());
  return times;
}

async function healthDuringImport(cookie, body) {
  const started = performance.now();
  let done = false;
  const importing = fetch(`${app.url}/api/learners/import`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', cookie },
    body,
  })
    .then(async (response) => {
      await response.arrayBuffer();
      return response.status;
    })
    .finally(() => (done = true));
  const during = [];
  while (!done) during.push(await healthOnce());
  const status = await importing;
  return { status, importMs: performance.now() - started, during };
}

function p(times, percentile) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * percentile) / 100))];
}

function ratio(times, baseline, percentile) {
  return (p(times, percentile) / p(baseline, percentile)).toFixed(1);
}

function ms(value) {
  return `${value.toFixed(1)} ms`;
}

/** The most memory the app's process has held (VmHWM), where /proc tells. */
function peakMb(pid) {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? (Number(kb) / 1024).toFixed(0) : '?';
  } catch {
    return '?';
  }
}
