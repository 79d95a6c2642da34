import type { AcceptedEvidence, SignOffKind } from '@signoff/contracts';
import { canonicalJson } from './canonical-json';

export interface SignOffSubject {
  enrolmentId: string;
  unit: string;
  kind: SignOffKind;
  /** Row references; for a unit sign-off or a countersignature, every row of the unit. */
  rows: readonly string[];
  /** The statement the signer agreed to. */
  statement: string;
  /** Each accepted evidence version relied on. */
  evidence: readonly Pick<
    AcceptedEvidence,
    'itemId' | 'version' | 'declarationSha256' | 'mapping' | 'fileSha256s'
  >[];
}

/**
 * What a signature signs, in canonical JSON (RFC 8785): the API stores it beside its SHA-256 so
 * anyone can recompute the hash, and verifying rebuilds it from the stored rows and files' bytes.
 * For each evidence version relied on it names the item, the version, the learner's declaration
 * hash (which covers the narrative, claims and files as declared), the assessor's mapping and
 * every file's SHA-256. Lists whose order means nothing (rows, evidence, mapping, files) are
 * sorted, so reading them back in another order still gives the same content.
 */
export function signOffContent(subject: SignOffSubject): string {
  return canonicalJson({
    enrolmentId: subject.enrolmentId,
    unit: subject.unit,
    kind: subject.kind,
    rows: sorted(subject.rows),
    statement: subject.statement,
    evidence: subject.evidence
      .map((item) => ({
        itemId: item.itemId,
        version: item.version,
        declarationSha256: item.declarationSha256,
        mapping: [...item.mapping]
          .sort(
            (a, b) =>
              compare(a.unit, b.unit) ||
              compare(a.outcome, b.outcome) ||
              compare(a.criterion ?? '', b.criterion ?? ''),
          )
          .map(({ unit, outcome, criterion }) => ({ unit, outcome, criterion })),
        fileSha256s: sorted(item.fileSha256s),
      }))
      .sort((a, b) => compare(a.itemId, b.itemId) || a.version - b.version),
  });
}

function sorted(values: readonly string[]): string[] {
  return [...values].sort(compare);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
