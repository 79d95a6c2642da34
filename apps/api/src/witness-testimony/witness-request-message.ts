import type { WitnessPage } from '@signoff/contracts';

/** What the e-mail to a witness says: written for someone who has never heard of Signoff. */
export interface WitnessRequestFacts {
  witnessName: string;
  requestedBy: string;
  centreName: string;
  learnerName: string;
  qualificationTitle: string;
  outcomes: WitnessPage['outcomes'];
  message: string | null;
  link: string;
  expiresAt: Date;
}

const DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * The e-mail asking a witness for their statement: who asks, for which learner and
 * qualification, about what, the link, and until when it works.
 */
export function witnessRequestMessage(facts: WitnessRequestFacts): {
  subject: string;
  text: string;
} {
  const asked = facts.outcomes.map(
    (outcome) =>
      `- Unit ${outcome.unit} (${outcome.unitTitle}), outcome ${outcome.outcome}: ${outcome.outcomeTitle}` +
      (outcome.criterion === null
        ? ''
        : `\n  criterion ${outcome.criterion}: ${outcome.criterionTitle ?? ''}`),
  );
  const lines = [
    `Dear ${facts.witnessName},`,
    '',
    `${facts.requestedBy}, at ${facts.centreName}, asks you for a witness statement about what you have seen ${facts.learnerName} do at work, as evidence towards their ${facts.qualificationTitle}.`,
    '',
    'You are asked to describe what you saw of:',
    ...asked,
    ...(facts.message === null
      ? []
      : [
          '',
          `${facts.requestedBy} writes:`,
          ...facts.message.split('\n').map((line) => `  ${line}`),
        ]),
    '',
    'Open this link to read what is asked and write your statement. You do not need an account, and it works on a phone:',
    '',
    facts.link,
    '',
    `The link works until ${DAY.format(facts.expiresAt)} at ${TIME.format(facts.expiresAt)} (UK time), and takes one statement. Please do not pass it on: whoever holds it can give the statement.`,
    '',
    `If you were not expecting this, or cannot help, you can ignore this e-mail, or let ${facts.requestedBy} know.`,
  ];
  return {
    subject: `${facts.requestedBy} asks for your witness statement about ${facts.learnerName}`,
    text: lines.join('\n'),
  };
}
