import { SEED_QUALIFICATIONS } from '@signoff/catalogue';
import { checkQualification, evaluateRules } from '@signoff/domain';

/** The catalogue files hold what the seeds state; only the QualCert L6 is complete. */
describe('the seed catalogue', () => {
  const { qualCertL6, othmL7, leadershipL5 } = SEED_QUALIFICATIONS;

  it('QualCert L6: six 20-credit units, consistent and publishable', () => {
    expect(qualCertL6.units.map((unit) => unit.reference)).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `QC28074-${n}`),
    );
    expect(qualCertL6.units.every((unit) => unit.outcomes.length === 6)).toBe(true);
    expect([
      qualCertL6.totalCredits,
      qualCertL6.glh,
      qualCertL6.tqt,
      qualCertL6.minimumAge,
    ]).toEqual([120, 600, 1200, 19]);
    expect(checkQualification(qualCertL6)).toEqual([]);
  });

  it('QualCert L6: all six units satisfy its rules, five do not', () => {
    const references = qualCertL6.units.map((unit) => unit.reference as string);
    expect(evaluateRules(qualCertL6, { pathway: null, units: references }).satisfied).toBe(true);
    expect(
      evaluateRules(qualCertL6, { pathway: null, units: references.slice(1) }).shortfalls,
    ).toContain('Total: 100 of 120 credits');
  });

  it('OTHM L7: a draft, lacking what its seed does not state', () => {
    expect(othmL7.units).toHaveLength(6);
    expect(othmL7.minimumAge).toBe(21);
    const paths = checkQualification(othmL7).map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'code',
        'units.0.reference',
        'units.0.outcomes',
        'rules.groups.0.units',
      ]),
    );
  });

  it('L5 leadership: five pathways, 30 mandatory + 60 pathway credits, F/504/2218 required; a draft', () => {
    expect(leadershipL5.pathways).toHaveLength(5);
    expect(leadershipL5.rules.minimumCredits).toBe(90);
    expect(leadershipL5.rules.requiredUnits).toEqual(['F/504/2218']);
    expect(leadershipL5.rules.groups.map((group) => [group.kind, group.minimumCredits])).toEqual([
      ['mandatory', 30],
      ...Array(5).fill(['pathway', 60]),
    ]);
    const evaluation = evaluateRules(leadershipL5, { pathway: 'adults-management', units: [] });
    expect(evaluation.shortfalls).toEqual([
      'Mandatory group: 0 of 30 credits',
      "Adults' Management pathway: 0 of 60 credits",
      'Required unit F/504/2218 missing',
      'Total: 0 of 90 credits',
    ]);
    expect(checkQualification(leadershipL5).length).toBeGreaterThan(0);
  });
});
