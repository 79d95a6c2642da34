import type { StoredVersion } from './qualifications.repository';

/**
 * Published qualification versions, kept in memory: once published a version's document never
 * changes (the database refuses it), and evidence, progress and the sign-off matrix read one on
 * every request. A draft is never kept. At most `capacity` are kept, the least recently read
 * leaving first. What is kept is frozen, so no reader can change it for the next.
 */
export class PublishedVersions {
  private readonly kept = new Map<string, StoredVersion>();

  constructor(private readonly capacity: number) {}

  get(id: string): StoredVersion | undefined {
    const version = this.kept.get(id);
    if (version !== undefined) {
      this.kept.delete(id);
      this.kept.set(id, version);
    }
    return version;
  }

  /** Keeps the version if it is published; answers what the caller should hand on. */
  keep(version: StoredVersion): StoredVersion {
    if (version.status !== 'published') return version;
    const frozen = deepFreeze(version);
    this.kept.delete(version.id);
    this.kept.set(version.id, frozen);
    for (const id of this.kept.keys()) {
      if (this.kept.size <= this.capacity) break;
      this.kept.delete(id);
    }
    return frozen;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
