import { SIGN_OFF_KINDS, type EvidenceClaim } from '@signoff/contracts';
import { signOffContent, type SignOffSubject } from './sign-off-content';

type SignedEvidence = SignOffSubject['evidence'][number];

/** An evidence version as the reader knows it: its title, and its files as stored now. */
export interface EvidenceLabel {
  itemId: string;
  version: number;
  title: string;
  files: readonly {
    /** The name it was uploaded with. */
    name: string;
    /** The SHA-256 recorded when it was uploaded. */
    recordedSha256: string;
    /** The SHA-256 of its bytes as stored now; null when storage no longer holds them. */
    sha256: string | null;
  }[];
}

export interface ContentComparison {
  /** The canonical JSON stored with the signature. */
  storedContent: string;
  /** Whether the stored content still has the SHA-256 stored beside it. */
  storedContentMatchesHash: boolean;
  /** What the signature's content is now, rebuilt from the stored rows and the files' bytes. */
  recomputed: SignOffSubject;
  /** Titles and file names of the evidence versions, to name them for the reader. */
  labels: readonly EvidenceLabel[];
}

/**
 * What differs between what was signed and what the records say now, in words for someone at an
 * awarding body checking the signature: each difference names the evidence item by its title,
 * the version, and a file by the name it was uploaded with. Nothing differs when the signature is
 * intact. A stored content that no longer has its recorded SHA-256 was itself changed after
 * signing; it is still compared, since what it says now may show what was changed.
 */
export function contentChanges(comparison: ContentComparison): string[] {
  const changes: string[] = [];
  if (!comparison.storedContentMatchesHash)
    changes.push(
      'The stored content was changed after signing: it no longer has the SHA-256 recorded with the signature',
    );
  const signed = readSignedContent(comparison.storedContent);
  if (signed === null) {
    changes.push('The stored content can no longer be read as what a signature signs');
    return changes;
  }
  const now = comparison.recomputed;
  changes.push(...signatureChanges(signed, now));
  const name = evidenceNamer(comparison.labels);
  const key = (item: SignedEvidence) => `${item.itemId}\u0000${item.version}`;
  const nowByKey = new Map(now.evidence.map((item) => [key(item), item]));
  const signedKeys = new Set(signed.evidence.map(key));
  for (const item of sortedEvidence(signed.evidence)) {
    const current = nowByKey.get(key(item));
    if (current === undefined)
      changes.push(`${name(item)} was relied on, but the records no longer name it`);
    else changes.push(...evidenceChanges(name(item), item, current, comparison.labels));
  }
  for (const item of sortedEvidence(now.evidence))
    if (!signedKeys.has(key(item)))
      changes.push(`${name(item)} is recorded as relied on, but it was not in what was signed`);
  if (changes.length === 0 && signOffContent(now) !== comparison.storedContent)
    changes.push(
      'The content rebuilt from the records is written differently from the content signed',
    );
  return changes;
}

/** The stored content parsed, if it still has the shape `signOffContent` writes. */
function readSignedContent(content: string): SignOffSubject | null {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const { enrolmentId, unit, kind, rows, statement, evidence } = value;
  if (
    typeof enrolmentId !== 'string' ||
    typeof unit !== 'string' ||
    !SIGN_OFF_KINDS.some((known) => known === kind) ||
    !isTextList(rows) ||
    typeof statement !== 'string' ||
    !Array.isArray(evidence) ||
    !evidence.every(isSignedEvidence)
  )
    return null;
  return {
    enrolmentId,
    unit,
    kind: kind as SignOffSubject['kind'],
    rows,
    statement,
    evidence,
  };
}

function signatureChanges(signed: SignOffSubject, now: SignOffSubject): string[] {
  const changes: string[] = [];
  if (signed.enrolmentId !== now.enrolmentId)
    changes.push(
      `The enrolment signed was ${signed.enrolmentId}; the records now say ${now.enrolmentId}`,
    );
  if (signed.unit !== now.unit)
    changes.push(`The unit signed was ${signed.unit}; the records now say ${now.unit}`);
  if (signed.kind !== now.kind)
    changes.push(
      `What was signed was ${KIND_WORDS[signed.kind]}; the records now say ${KIND_WORDS[now.kind]}`,
    );
  if (!sameSet(signed.rows, now.rows))
    changes.push(
      `The rows signed were ${listed(signed.rows)}; the records now say ${listed(now.rows)}`,
    );
  if (signed.statement !== now.statement)
    changes.push(
      `The statement signed was “${signed.statement}”; the records now say “${now.statement}”`,
    );
  return changes;
}

function evidenceChanges(
  name: string,
  signed: SignedEvidence,
  now: SignedEvidence,
  labels: readonly EvidenceLabel[],
): string[] {
  const changes: string[] = [];
  if (signed.declarationSha256 !== now.declarationSha256)
    changes.push(
      `${name}: the learner’s declaration (the narrative, claims and files as declared) is not the one signed (SHA-256 was ${short(signed.declarationSha256)}, is now ${short(now.declarationSha256)})`,
    );
  const signedClaims = signed.mapping.map(claimWords);
  const nowClaims = now.mapping.map(claimWords);
  const added = nowClaims.filter((claim) => !signedClaims.includes(claim));
  const removed = signedClaims.filter((claim) => !nowClaims.includes(claim));
  if (added.length > 0 || removed.length > 0)
    changes.push(
      `${name}: the assessor’s mapping is not the one signed (${[
        ...(removed.length > 0 ? [`no longer maps ${listed(removed)}`] : []),
        ...(added.length > 0 ? [`now also maps ${listed(added)}`] : []),
      ].join('; ')})`,
    );
  changes.push(...fileChanges(name, signed, now, labels));
  return changes;
}

/**
 * Files are signed by SHA-256 alone, so a file whose bytes changed shows as one hash gone and
 * another come; the hash recorded at upload pairs them and names the file.
 */
function fileChanges(
  name: string,
  signed: SignedEvidence,
  now: SignedEvidence,
  labels: readonly EvidenceLabel[],
): string[] {
  const files =
    labels.find((label) => label.itemId === now.itemId && label.version === now.version)?.files ??
    [];
  const gone = signed.fileSha256s.filter((sha) => !now.fileSha256s.includes(sha));
  const come = now.fileSha256s.filter((sha) => !signed.fileSha256s.includes(sha));
  const changes: string[] = [];
  const explained = new Set<string>();
  for (const file of files) {
    if (file.sha256 === null && gone.includes(file.recordedSha256)) {
      changes.push(
        `${name}: the file “${file.name}” is no longer in storage (SHA-256 signed was ${short(file.recordedSha256)})`,
      );
      explained.add(file.recordedSha256);
    } else if (
      file.sha256 !== null &&
      come.includes(file.sha256) &&
      gone.includes(file.recordedSha256)
    ) {
      changes.push(
        `${name}: the file “${file.name}” no longer has the bytes that were signed (SHA-256 was ${short(file.recordedSha256)}, is now ${short(file.sha256)})`,
      );
      explained.add(file.sha256).add(file.recordedSha256);
    }
  }
  for (const sha of gone.filter((sha) => !explained.has(sha)))
    changes.push(`${name}: a file signed (SHA-256 ${short(sha)}) is no longer among its files`);
  for (const sha of come.filter((sha) => !explained.has(sha))) {
    const file = files.find((candidate) => candidate.sha256 === sha);
    changes.push(
      `${name}: ${file ? `the file “${file.name}”` : 'a file'} (SHA-256 ${short(sha)}) was not among the files signed`,
    );
  }
  return changes;
}

function evidenceNamer(labels: readonly EvidenceLabel[]): (item: SignedEvidence) => string {
  return (item) => {
    const title = labels.find((label) => label.itemId === item.itemId)?.title;
    return title === undefined
      ? `Evidence item ${item.itemId} version ${item.version}`
      : `Evidence “${title}” version ${item.version}`;
  };
}

const KIND_WORDS: Record<SignOffSubject['kind'], string> = {
  rows: 'rows of the unit',
  unit: 'the unit',
  countersignature: 'the learner’s countersignature',
};

function claimWords(claim: EvidenceClaim): string {
  return claim.criterion === null
    ? `${claim.unit} outcome ${claim.outcome}`
    : `${claim.unit} criterion ${claim.criterion}`;
}

/** Enough of a SHA-256 to tell two apart at a glance. */
function short(sha256: string): string {
  return `${sha256.slice(0, 8)}…`;
}

function listed(values: readonly string[]): string {
  return values.length === 0 ? 'none' : [...values].sort(compare).join(', ');
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

function sortedEvidence(evidence: readonly SignedEvidence[]): SignedEvidence[] {
  return [...evidence].sort((a, b) => compare(a.itemId, b.itemId) || a.version - b.version);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isSignedEvidence(value: unknown): value is SignedEvidence {
  if (!isRecord(value)) return false;
  return (
    typeof value.itemId === 'string' &&
    typeof value.version === 'number' &&
    typeof value.declarationSha256 === 'string' &&
    isTextList(value.fileSha256s) &&
    Array.isArray(value.mapping) &&
    value.mapping.every(
      (claim) =>
        isRecord(claim) &&
        typeof claim.unit === 'string' &&
        typeof claim.outcome === 'string' &&
        (claim.criterion === null || typeof claim.criterion === 'string'),
    )
  );
}
