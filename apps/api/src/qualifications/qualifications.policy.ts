import { Injectable } from '@nestjs/common';
import { centresWhere, type Actor } from '../auth/actor';
import { DomainError } from '../errors/domain-error';
import type { StoredVersion } from './qualifications.repository';

/**
 * The catalogue is shared by every centre on an install. Admins (of any centre) import, edit and
 * publish; everyone signed in reads published versions. Drafts are the admins' alone, and to
 * anyone else they do not exist.
 */
@Injectable()
export class QualificationsPolicy {
  mayEdit(actor: Actor): boolean {
    return centresWhere(actor, 'admin').length > 0;
  }

  visibleVersions(actor: Actor, versions: StoredVersion[]): StoredVersion[] {
    return this.mayEdit(actor)
      ? versions
      : versions.filter((version) => version.status === 'published');
  }

  /** The version asked for, else the draft for an editor, else the newest published. */
  chooseVersion(
    actor: Actor,
    versions: StoredVersion[],
    number: number | undefined,
  ): StoredVersion {
    const visible = this.visibleVersions(actor, versions);
    const chosen =
      number !== undefined
        ? visible.find((version) => version.number === number)
        : (visible.find((version) => version.status === 'draft') ??
          visible.find((version) => version.status === 'published'));
    if (!chosen)
      throw DomainError.notFound(number === undefined ? 'Qualification' : 'Qualification version');
    return chosen;
  }
}
