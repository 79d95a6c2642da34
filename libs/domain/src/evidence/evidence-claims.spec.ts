import { qualCertL6 } from '../catalogue/qualification.fixtures';
import { claimedUnits, claimProblems } from './evidence-claims';

function l6WithCriteria() {
  const doc = qualCertL6();
  doc.units[1].outcomes[0].criteria = [
    { number: '1.1', title: 'Explain', requiredMethods: [] },
    { number: '1.2', title: 'Analyse', requiredMethods: [] },
  ];
  return doc;
}

describe('claimProblems', () => {
  it('accepts outcomes and criteria across two units', () => {
    expect(
      claimProblems(l6WithCriteria(), [
        { unit: 'QC28074-1', outcome: '1', criterion: null },
        { unit: 'QC28074-2', outcome: '1', criterion: '1.2' },
      ]),
    ).toEqual([]);
  });

  it('names an unknown unit, outcome or criterion, and a repeat, by path', () => {
    expect(
      claimProblems(l6WithCriteria(), [
        { unit: 'QC99', outcome: '1', criterion: null },
        { unit: 'QC28074-1', outcome: '7', criterion: null },
        { unit: 'QC28074-2', outcome: '1', criterion: '1.9' },
        { unit: 'QC28074-2', outcome: '1', criterion: '1.1' },
        { unit: 'QC28074-2', outcome: '1', criterion: '1.1' },
      ]),
    ).toEqual([
      { path: 'claims.0.unit', message: 'QC99 is not a unit of this qualification' },
      { path: 'claims.1.outcome', message: 'unit QC28074-1 has no learning outcome 7' },
      { path: 'claims.2.criterion', message: 'outcome QC28074-2 1 has no criterion 1.9' },
      { path: 'claims.4', message: 'repeats an earlier claim' },
    ]);
  });
});

describe('claimedUnits', () => {
  it('lists each unit once', () => {
    expect(
      claimedUnits([
        { unit: 'B', outcome: '1', criterion: null },
        { unit: 'A', outcome: '1', criterion: null },
        { unit: 'B', outcome: '2', criterion: null },
      ]),
    ).toEqual(['B', 'A']);
  });
});
