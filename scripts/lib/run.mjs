import { spawn } from 'node:child_process';

/** Nx quietly, the same on every machine: no daemon, no cloud, no interactive terminal UI. */
export const NX_ENV = {
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  NX_SKIP_NX_CACHE: process.env.NX_SKIP_NX_CACHE ?? '',
};

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, ...NX_ENV, ...env },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Runs a command with its output (stdout and stderr, in order) kept back; resolves with its exit
 * code, the output and the wall time, so steps run side by side can print whole, one at a time.
 */
export function capture(command, args, env = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    const chunks = [];
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...NX_ENV, ...env },
    });
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? (signal ? 1 : 0),
        output: Buffer.concat(chunks).toString('utf8'),
        seconds: (performance.now() - started) / 1000,
      }),
    );
  });
}

export async function runOrExit(command, args, env = {}) {
  const code = await run(command, args, env);
  if (code !== 0) process.exit(code);
}

export const BUILD = ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'];

export function build() {
  return runOrExit('npx', BUILD);
}
