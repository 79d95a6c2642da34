import { qualCertL6 } from '../catalogue/qualification.fixtures';
import { computeProgress } from './progress';

const ALL = [1, 2, 3, 4, 5, 6].map((n) => `QC28074-${n}`);

describe('computeProgress', () => {
  it('has nothing achieved before any sign-off', () => {
    const progress = computeProgress(qualCertL6(), { pathway: null, plannedUnits: ALL }, []);
    expect(
      progress.units.map((unit) => [unit.status, unit.outcomesSignedOff, unit.outcomesTotal]),
    ).toEqual(Array(6).fill(['not_started', 0, 1]));
    expect(progress.achieved.totalCredits).toBe(0);
    expect(progress.planned.satisfied).toBe(true);
  });

  it('achieves a unit when all its outcomes are signed off, and counts its credits', () => {
    const doc = qualCertL6();
    doc.units[0].outcomes.push({ number: '2', title: 'Second', requiredMethods: [], criteria: [] });
    const progress = computeProgress(doc, { pathway: null, plannedUnits: ALL }, [
      { unit: 'QC28074-1', outcome: '1' },
      { unit: 'QC28074-2', outcome: '1' },
      { unit: 'QC28074-1', outcome: '2' },
      { unit: 'QC28074-3', outcome: '9' },
    ]);
    expect(
      progress.units
        .slice(0, 3)
        .map((unit) => [unit.reference, unit.status, unit.outcomesSignedOff]),
    ).toEqual([
      ['QC28074-1', 'achieved', 2],
      ['QC28074-2', 'achieved', 1],
      ['QC28074-3', 'not_started', 0],
    ]);
    expect(progress.achieved.totalCredits).toBe(40);
    expect(progress.achieved.shortfalls).toContain('Total: 40 of 120 credits');
  });

  it('marks a unit in progress when part is signed off or evidence is mapped to it', () => {
    const doc = qualCertL6();
    doc.units[0].outcomes.push({ number: '2', title: 'Second', requiredMethods: [], criteria: [] });
    const progress = computeProgress(
      doc,
      { pathway: null, plannedUnits: ALL },
      [{ unit: 'QC28074-1', outcome: '1' }],
      ['QC28074-4'],
    );
    expect(progress.units.map((unit) => unit.status)).toEqual([
      'in_progress',
      'not_started',
      'not_started',
      'in_progress',
      'not_started',
      'not_started',
    ]);
  });

  it('marks the planned units and applies the rules to the plan', () => {
    const progress = computeProgress(
      qualCertL6(),
      { pathway: null, plannedUnits: ALL.slice(0, 4) },
      [],
    );
    expect(progress.units.map((unit) => unit.planned)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(progress.planned.shortfalls).toContain('Total: 80 of 120 credits');
  });
});
