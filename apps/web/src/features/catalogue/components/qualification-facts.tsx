import type { QualificationDocument } from '@signoff/contracts';
import { orNotStated } from '../../../lib/not-stated';

export interface QualificationFactsProps {
  document: QualificationDocument;
}

/** The qualification's figures; a value the source does not state says so. */
export function QualificationFacts({ document }: QualificationFactsProps) {
  const facts: [string, string][] = [
    ['Awarding body', orNotStated(document.awardingBody)],
    ['Code', orNotStated(document.code)],
    ['RQF level', orNotStated(document.level)],
    ['Total credits', orNotStated(document.totalCredits)],
    ['Guided learning hours (GLH)', orNotStated(document.glh, ' hours')],
    ['Total qualification time (TQT)', orNotStated(document.tqt, ' hours')],
    ['Minimum age', orNotStated(document.minimumAge, ' years')],
  ];
  if (document.targetHours) {
    facts.push(
      ['Target supervised hours', orNotStated(document.targetHours.supervised, ' hours')],
      ['Target work hours', orNotStated(document.targetHours.work, ' hours')],
    );
  }
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term} className="facts__item">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
