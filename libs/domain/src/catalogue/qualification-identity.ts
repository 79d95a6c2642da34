import type { QualificationDocument } from '@signoff/contracts';

/**
 * Two documents describe the same qualification when they share awarding body and code; a draft
 * whose source states no code is known by its title until one is entered. Case and spacing do
 * not make a different qualification.
 */
export function qualificationIdentity(
  doc: Pick<QualificationDocument, 'awardingBody' | 'code' | 'title'>,
): string {
  const normal = (text: string | null) => (text ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  return doc.code === null
    ? `${normal(doc.awardingBody)}|title:${normal(doc.title)}`
    : `${normal(doc.awardingBody)}|code:${normal(doc.code)}`;
}
