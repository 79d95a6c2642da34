import { witnessRequestMessage } from './witness-request-message';

describe('witnessRequestMessage', () => {
  const facts = {
    witnessName: 'Sam Okoro',
    requestedBy: 'Priya Shah',
    centreName: 'Demo Care Academy',
    learnerName: 'Jordan Ellis',
    qualificationTitle: 'Level 6 Diploma in Mental Health Management',
    outcomes: [
      {
        unit: 'QC28074-1',
        unitTitle: 'Leading practice',
        outcome: '3',
        outcomeTitle: 'Lead a review',
        criterion: null,
        criterionTitle: null,
      },
      {
        unit: 'QC28074-2',
        unitTitle: 'Law and policy',
        outcome: '1',
        outcomeTitle: 'Understand the law',
        criterion: '1.2',
        criterionTitle: 'Explain the Mental Capacity Act',
      },
    ],
    message: 'Please describe the handover.\nThank you.',
    link: 'https://signoff.example.org/witness/abc',
    expiresAt: new Date('2026-12-14T09:30:00.000Z'),
  };

  it('says who asks, for whom, about what, the link and until when', () => {
    const { subject, text } = witnessRequestMessage(facts);
    expect(subject).toBe('Priya Shah asks for your witness statement about Jordan Ellis');
    expect(text).toContain('Dear Sam Okoro,');
    expect(text).toContain(
      'Priya Shah, at Demo Care Academy, asks you for a witness statement about what you have seen Jordan Ellis do at work, as evidence towards their Level 6 Diploma in Mental Health Management.',
    );
    expect(text).toContain('- Unit QC28074-1 (Leading practice), outcome 3: Lead a review');
    expect(text).toContain('  criterion 1.2: Explain the Mental Capacity Act');
    expect(text).toContain('Priya Shah writes:\n  Please describe the handover.\n  Thank you.');
    expect(text).toContain('\nhttps://signoff.example.org/witness/abc\n');
    expect(text).toContain('The link works until 14 December 2026 at 09:30 (UK time)');
  });

  it('leaves out a message that was not written', () => {
    expect(witnessRequestMessage({ ...facts, message: null }).text).not.toContain('writes:');
  });
});
