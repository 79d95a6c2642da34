import { Injectable } from '@nestjs/common';
import type { DiscussionContent, ObservationContent } from '@signoff/contracts';
import type { Actor } from '../auth/actor';
import { RecordSignaturesService } from '../workplace-records/record-signatures.service';
import { WorkplaceRecordsService } from '../workplace-records/workplace-records.service';
import { DEMO_PASSWORD } from './demo-centre';

/** Marks the seed's signatures, as its sign-offs are marked. */
const SEED_REQUEST_ID = 'seed-demo';

/** Whose records the demo shows: Jordan Ellis's, made by Priya Shah. */
const LEARNER_EMAIL = 'learner@demo.test';

const AGREED_OBSERVATION: ObservationContent = {
  title: 'Observed: residents planning the home’s activities',
  narrative:
    '<p>Jordan chaired the residents’ meeting at Oak Lodge. They asked each resident what they wanted from the month’s activities, used large-print cards for two residents with sight loss, and agreed the plan with them before it went to the manager.</p>',
  activityDate: '2026-10-21',
  setting: 'Oak Lodge care home, residents’ lounge',
  startTime: '10:30',
  endTime: '11:20',
  claims: [
    { unit: 'QC28074-4', outcome: '2', criterion: null },
    { unit: 'QC28074-4', outcome: '3', criterion: null },
  ],
};

const AWAITING_OBSERVATION: ObservationContent = {
  title: 'Observed: a care plan review led by the resident',
  narrative:
    '<p>Jordan supported Mrs D to lead the review of her own care plan, checked her understanding at each step and recorded her wishes in her words.</p>',
  activityDate: '2026-11-04',
  setting: 'Oak Lodge care home, Mrs D’s room',
  startTime: '14:00',
  endTime: '14:45',
  claims: [{ unit: 'QC28074-4', outcome: '4', criterion: null }],
};

const DRAFT_DISCUSSION: DiscussionContent = {
  title: 'Discussion: working with the community mental health team',
  narrative:
    '<p>Notes so far: how discharge planning is shared with the community team, and where it has gone wrong.</p>',
  activityDate: '2026-11-05',
  claims: [{ unit: 'QC28074-6', outcome: '2', criterion: null }],
};

/**
 * The records Priya Shah made at Jordan Ellis's workplace, through the same services as the API:
 * an observation Jordan agreed with (so accepted, and counted in QC28074-4's matrix), one awaiting
 * Jordan's countersignature, and a professional discussion Priya is still writing up. Each
 * signature is made with the demo password and an Idempotency-Key of its own.
 */
@Injectable()
export class DemoWorkplaceRecords {
  constructor(
    private readonly records: WorkplaceRecordsService,
    private readonly signatures: RecordSignaturesService,
  ) {}

  async seed(enrolmentId: string, learner: Actor, assessor: Actor): Promise<void> {
    if (learner.email !== LEARNER_EMAIL) return;
    const signing = (step: string) => ({
      address: SEED_REQUEST_ID,
      idempotencyKey: `${SEED_REQUEST_ID}-${enrolmentId}-record-${step}`,
    });

    const agreed = await this.records.create(
      assessor,
      enrolmentId,
      'observation',
      AGREED_OBSERVATION,
    );
    await this.signatures.sign(assessor, agreed.id, { password: DEMO_PASSWORD }, signing('1'));
    await this.signatures.countersign(
      learner,
      agreed.id,
      { agreed: true, password: DEMO_PASSWORD },
      signing('1-countersigned'),
    );

    const awaiting = await this.records.create(
      assessor,
      enrolmentId,
      'observation',
      AWAITING_OBSERVATION,
    );
    await this.signatures.sign(assessor, awaiting.id, { password: DEMO_PASSWORD }, signing('2'));

    await this.records.create(assessor, enrolmentId, 'discussion', DRAFT_DISCUSSION);
  }
}
