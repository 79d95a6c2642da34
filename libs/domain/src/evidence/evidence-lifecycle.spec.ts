import { EVIDENCE_STATUSES } from '@signoff/contracts';
import { mayDiscardEvidence, mayEditEvidence, submissionProblems } from './evidence-lifecycle';

const draft = {
  title: 'Supervision record',
  narrative: '',
  claims: [{}],
  fileCount: 1,
};

describe('evidence life cycle', () => {
  it.each(EVIDENCE_STATUSES.map((status) => [status, status === 'draft'] as const))(
    '%s: editable %s',
    (status, editable) => {
      expect(mayEditEvidence(status)).toBe(editable);
    },
  );
});

describe('mayDiscardEvidence', () => {
  it.each([
    [['draft'], true],
    [['submitted'], false],
    [['referred', 'draft'], false],
    [['accepted'], false],
    [[], false],
  ] as const)('versions %j: discardable %s', (statuses, discardable) => {
    expect(mayDiscardEvidence(statuses)).toBe(discardable);
  });
});

describe('submissionProblems', () => {
  it('accepts a mapped draft with a file', () => {
    expect(submissionProblems(draft)).toEqual([]);
  });

  it('accepts a mapped draft with only a narrative', () => {
    expect(
      submissionProblems({ ...draft, fileCount: 0, narrative: '<p>I led the handover.</p>' }),
    ).toEqual([]);
  });

  it('names what is missing', () => {
    expect(
      submissionProblems({
        ...draft,
        title: ' ',
        claims: [],
        fileCount: 0,
        narrative: '<p>&nbsp;</p>',
      }),
    ).toEqual([
      { path: 'title', message: 'is required' },
      { path: 'claims', message: 'map the evidence to at least one learning outcome' },
      { path: 'narrative', message: 'write a narrative or attach a file' },
    ]);
  });
});
