import type { QualificationDocument } from '@signoff/contracts';
import { editorPlaces, toDocument, toDraftForm, without, withOutcome } from './draft-form';

const DOC = {
  formatVersion: 1,
  awardingBody: 'QualCert',
  code: 'QC1',
  title: 'Level 3 Diploma',
  level: 3,
  totalCredits: 40,
  tqt: 400,
  glh: null,
  minimumAge: 19,
  entryRequirements: [],
  targetHours: { supervised: 20, work: null },
  pathways: [{ code: 'A', title: 'Adults' }],
  units: [
    {
      reference: 'U1',
      title: 'Safeguarding',
      level: 3,
      credits: 20,
      glh: null,
      tqt: null,
      outcomes: [
        {
          number: '1',
          title: 'Understand the law',
          requiredMethods: ['direct_observation'],
          criteria: [{ number: '1.1', title: 'Explain the Act', requiredMethods: [] }],
        },
      ],
    },
  ],
  rules: { minimumCredits: 40 },
  source: null,
} as unknown as QualificationDocument;

describe('the catalogue draft form', () => {
  it('gives back the document it was made from', () => {
    expect(toDocument(toDraftForm(DOC))).toEqual({ document: DOC, problems: [] });
  });

  it('names each problem by the path the API would use, and gives no document', () => {
    const form = toDraftForm(DOC);
    const broken = {
      ...withOutcome(form, 0, 0, (outcome) => outcome),
      level: 'three',
      rules: '[1]',
      entryRequirements: '{',
      units: form.units.map((unit) => ({ ...unit, credits: '2.5' })),
    };
    const { document, problems } = toDocument(broken);
    expect(document).toBeNull();
    expect(problems.map((problem) => problem.path)).toEqual([
      'level',
      'entryRequirements',
      'units.0.credits',
      'rules',
    ]);
  });

  it('shows a place for every field, so each problem lands beside it', () => {
    const places = editorPlaces(toDraftForm(DOC));
    for (const path of ['units.0.outcomes.0.criteria.0.title', 'pathways.0.code', 'rules'])
      expect(places).toContain(path);
    expect(places).not.toContain('units.1');
  });

  it('removes one item of a list', () => {
    expect(without(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});
