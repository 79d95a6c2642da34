import type { HourEntryContent, HourReviewDecision } from '@signoff/contracts';
import type { Actor } from '../auth/actor';
import type { HoursService } from '../hours/hours.service';

/** Whose hours the demo shows: Jordan Ellis's, on the QualCert L6 (whose catalogue states none). */
const DEMO_HOURS_LEARNER = 'learner@demo.test';

interface DemoHourEntry {
  daysAgo: number;
  content: Omit<HourEntryContent, 'date' | 'evidenceItemId'>;
  review?: { decision: HourReviewDecision; comment?: string };
}

const DEMO_HOURS: DemoHourEntry[] = [
  {
    daysAgo: 21,
    content: {
      minutes: 450,
      activity: 'Supervised medication round on the dementia unit with the deputy manager',
      category: 'supervised_practice',
    },
    review: { decision: 'confirm' },
  },
  {
    daysAgo: 14,
    content: {
      minutes: 180,
      activity: 'Safeguarding adults refresher (online course, certificate in portfolio)',
      category: 'off_the_job',
    },
    review: { decision: 'confirm' },
  },
  {
    daysAgo: 9,
    content: {
      minutes: 360,
      activity: 'Shadowed care-plan reviews on the residential floor',
      category: 'supervised_practice',
    },
    review: {
      decision: 'query',
      comment: 'Who supervised you that day? Add their name and role to the activity.',
    },
  },
  {
    daysAgo: 3,
    content: {
      minutes: 90,
      activity: 'Read the Mental Capacity Act code of practice, chapter 4, and made notes',
      category: 'off_the_job',
    },
  },
];

/** The targets the centre set for Jordan's enrolment, in whole hours. */
const DEMO_TARGETS = { supervised_practice: 120, off_the_job: 40 };

function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Jordan Ellis's hours, as he logs them and Priya Shah reviews them: confirmed, queried and
 * logged entries in two categories, against targets Alex Morgan set for the enrolment.
 */
export async function seedDemoHours(
  hours: HoursService,
  enrolmentId: string,
  people: { admin: Actor; learner: Actor; assessor: Actor },
  now = new Date(),
): Promise<void> {
  if (people.learner.email !== DEMO_HOURS_LEARNER) return;
  for (const [category, target] of Object.entries(DEMO_TARGETS))
    await hours.setTarget(people.admin, enrolmentId, { category, hours: target });
  for (const { daysAgo, content, review } of DEMO_HOURS) {
    const logged = await hours.log(people.learner, enrolmentId, {
      ...content,
      date: daysBefore(now, daysAgo),
      evidenceItemId: null,
    });
    const entry = logged.entries.find(({ activity }) => activity === content.activity);
    if (review && entry) await hours.review(people.assessor, enrolmentId, entry.id, review);
  }
}
