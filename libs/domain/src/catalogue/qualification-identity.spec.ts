import { qualificationIdentity } from './qualification-identity';

describe('qualificationIdentity', () => {
  it('is awarding body and code, whatever the case and spacing', () => {
    expect(qualificationIdentity({ awardingBody: 'QualCert', code: 'QC28074', title: 'A' })).toBe(
      qualificationIdentity({ awardingBody: ' qualcert ', code: 'qc28074', title: 'B' }),
    );
  });

  it('tells apart the same code at two awarding bodies', () => {
    expect(qualificationIdentity({ awardingBody: 'OTHM', code: 'X1', title: 'A' })).not.toBe(
      qualificationIdentity({ awardingBody: 'QualCert', code: 'X1', title: 'A' }),
    );
  });

  it('falls back to the title while no code is stated', () => {
    expect(
      qualificationIdentity({ awardingBody: null, code: null, title: 'Level 5  Diploma' }),
    ).toBe('|title:level 5 diploma');
    expect(
      qualificationIdentity({ awardingBody: null, code: null, title: 'Level 5 Diploma' }),
    ).not.toBe(qualificationIdentity({ awardingBody: null, code: 'Level 5 Diploma', title: 'x' }));
  });
});
