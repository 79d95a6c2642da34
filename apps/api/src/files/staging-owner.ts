import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * The process that stages uploads in one staging folder. Each process stages into a folder of
 * its own, so a process starting up can tell which partial uploads nobody is still writing.
 */
export interface StagingOwner {
  /** The host name, and on Linux the pid namespace: containers may share a host name, never that. */
  host: string;
  pid: number;
  /** When the process started, as the system records it: a pid alone is reused (pid 1 in a container). */
  started: string;
}

/** Folder names are `<host>_<pid>_<started>`; hosts are cleaned to letters, digits, '.' and '-'. */
export function stagingFolderName(owner: StagingOwner): string {
  return `${owner.host}_${owner.pid}_${owner.started}`;
}

export function parseStagingFolder(name: string): StagingOwner | null {
  const match = /^([A-Za-z0-9.-]+)_(\d+)_([A-Za-z0-9]+)$/.exec(name);
  return match ? { host: match[1], pid: Number(match[2]), started: match[3] } : null;
}

/**
 * A process's start time in clock ticks since boot, from Linux's /proc; null where there is no
 * /proc or no such process.
 */
export function processStartOf(pid: number): string | null {
  try {
    // Synchronous: /proc is in memory, and this runs at start and hourly, not per request.
    return startFromStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

function startFromStat(stat: string): string | null {
  // Field 22; the command name (field 2) is in parentheses and may hold spaces or parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return /^\d+$/.test(fields[19] ?? '') ? fields[19] : null;
}

let current: StagingOwner | undefined;

export function currentStagingOwner(): StagingOwner {
  current ??= {
    host: hostIdentity(),
    pid: process.pid,
    // Without /proc, the start time by the clock: other processes' then cannot be checked.
    started: processStartOf(process.pid) ?? `t${Math.round(Date.now() - process.uptime() * 1000)}`,
  };
  return current;
}

function hostIdentity(): string {
  const name = hostname().replace(/[^A-Za-z0-9.-]/g, '-') || 'host';
  try {
    const namespace = /\[(\d+)\]/.exec(readlinkSync('/proc/self/ns/pid'))?.[1];
    return namespace ? `${name}-pidns${namespace}` : name;
  } catch {
    return name;
  }
}

/**
 * Is the owner certainly gone? Only a process on this host can be checked; one elsewhere (another
 * container sharing DATA_DIR) counts as alive, and its leftovers wait for the age-based purge.
 */
export function isStagingOwnerGone(owner: StagingOwner, self: StagingOwner): boolean {
  if (owner.host !== self.host) return false;
  if (owner.pid === self.pid) return owner.started !== self.started;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
  }
  const started = processStartOf(owner.pid);
  return started !== null && started !== owner.started;
}
