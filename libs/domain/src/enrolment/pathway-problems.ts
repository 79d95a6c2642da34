import type { FieldError, QualificationDocument } from '@signoff/contracts';

/** An enrolment names one of its qualification's pathways, or none when it has none. */
export function pathwayProblems(doc: QualificationDocument, pathway: string | null): FieldError[] {
  if (doc.pathways.length === 0)
    return pathway === null
      ? []
      : [{ path: 'pathway', message: 'must be null: this qualification has no pathways' }];
  if (pathway === null)
    return [{ path: 'pathway', message: 'is required: choose one of the pathways' }];
  return doc.pathways.some((candidate) => candidate.code === pathway)
    ? []
    : [{ path: 'pathway', message: `${pathway} is not one of the pathways` }];
}
