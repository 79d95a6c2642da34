import type { DeclarantRole, EvidenceVersion } from '@signoff/contracts';
import { contentHash } from '../audit/content-hash';

/** Who declares: a learner or an assessor by their account, a witness by the name they gave. */
export type Declarant =
  | { role: 'learner' | 'assessor'; id: string }
  | { role: Extract<DeclarantRole, 'witness'>; name: string };

/**
 * Exactly what is declared on submitting (by the learner), on signing a record (by the assessor
 * who wrote it) or on giving a testimony (by the witness): the version's content, its claims,
 * each file by its SHA-256, an observation's setting and times and a witness's stated
 * particulars, with who, when and the statement. Its hash is stored with the declaration, so
 * anyone can later recompute it and prove nothing was changed. A learner's declaration hashes
 * as it always has (`learnerId`, no particulars), so earlier hashes still recompute.
 */
export function declarationHash(declared: {
  evidenceId: string;
  enrolmentId: string;
  declarant: Declarant;
  version: Pick<
    EvidenceVersion,
    'number' | 'method' | 'title' | 'narrative' | 'activityDate' | 'claims' | 'files'
  > &
    Partial<Pick<EvidenceVersion, 'observation' | 'witness'>>;
  statement: string;
  declaredAt: string;
}): string {
  const { version, declarant } = declared;
  return contentHash({
    evidenceId: declared.evidenceId,
    enrolmentId: declared.enrolmentId,
    ...(declarant.role === 'learner' ? { learnerId: declarant.id } : { declarant }),
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
    ...(version.observation ? { observation: version.observation } : {}),
    ...(version.witness ? { witness: version.witness } : {}),
    statement: declared.statement,
    declaredAt: declared.declaredAt,
  });
}
