import type { EvidenceStatus, FieldError } from '@signoff/contracts';

/**
 * Only a draft changes; a submitted version is what was declared, and stays as it was. Moves
 * between statuses are in evidence-transitions.ts.
 */
export function mayEditEvidence(status: EvidenceStatus): boolean {
  return status === 'draft';
}

/**
 * Evidence never submitted may be thrown away (its one version is a draft); anything once
 * submitted stays, with every version.
 */
export function mayDiscardEvidence(versionStatuses: readonly EvidenceStatus[]): boolean {
  return versionStatuses.length === 1 && versionStatuses[0] === 'draft';
}

/**
 * What a draft needs before its learner can declare it their own and submit it (whether it may
 * be submitted at all is the transition table's to say).
 */
export function submissionProblems(version: {
  title: string;
  narrative: string;
  claims: readonly unknown[];
  fileCount: number;
}): FieldError[] {
  const problems: FieldError[] = [];
  if (version.title.trim() === '') problems.push({ path: 'title', message: 'is required' });
  if (version.claims.length === 0)
    problems.push({ path: 'claims', message: 'map the evidence to at least one learning outcome' });
  if (version.fileCount === 0 && plainText(version.narrative).trim() === '') {
    problems.push({ path: 'narrative', message: 'write a narrative or attach a file' });
  }
  return problems;
}

function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ');
}
