import type { EvidenceVersion } from '@signoff/contracts';
import { contentHash } from '../audit/content-hash';

/**
 * Exactly what a learner declares their own on submitting: the version's content, its claims and
 * each file by its SHA-256, with who, when and the statement. Its hash is stored with the
 * declaration, so anyone can later recompute it and prove nothing was changed.
 */
export function declarationHash(declared: {
  evidenceId: string;
  enrolmentId: string;
  learnerId: string;
  version: Pick<
    EvidenceVersion,
    'number' | 'method' | 'title' | 'narrative' | 'activityDate' | 'claims' | 'files'
  >;
  statement: string;
  declaredAt: string;
}): string {
  const { version } = declared;
  return contentHash({
    evidenceId: declared.evidenceId,
    enrolmentId: declared.enrolmentId,
    learnerId: declared.learnerId,
    version: version.number,
    method: version.method,
    title: version.title,
    narrative: version.narrative,
    activityDate: version.activityDate,
    claims: version.claims,
    files: version.files.map((file) => ({
      name: file.name,
      sha256: file.sha256,
      size: Number(file.size),
      mediaType: file.mediaType,
    })),
    statement: declared.statement,
    declaredAt: declared.declaredAt,
  });
}
