import { Injectable } from '@nestjs/common';
import { WITNESS_STATEMENT_DECLARATION } from '@signoff/contracts';
import type { Actor } from '../auth/actor';
import { WitnessPageService } from '../witness-testimony/witness-page.service';
import { WitnessRegisterService } from '../witness-testimony/witness-register.service';
import { WitnessRequestsService } from '../witness-testimony/witness-requests.service';

/** Whose portfolio the demo's witness testimony is on. */
const DEMO_WITNESS_LEARNER = 'learner@demo.test';

const NURSE = {
  name: 'Hannah Price',
  jobRole: 'Registered mental health nurse, ward manager',
  email: 'hannah.price@demo.test',
  expert: true,
  occupationalCompetence:
    'NMC registered mental health nurse (RMN) since 2011; ward manager of an acute adult mental health ward for six years; practice assessor for student nurses.',
};

const COLLEAGUE = {
  name: 'Ravi Desai',
  jobRole: 'Community mental health team lead',
  email: 'ravi.desai@demo.test',
  expert: false,
  occupationalCompetence: null,
};

/**
 * The demo centre's register of witnesses (an expert witness, a registered nurse with her
 * competence noted, and a colleague), and on Jordan Ellis's portfolio a testimony the nurse gave
 * at Priya Shah's request, awaiting Priya's assessment, and a request Jordan sent the colleague,
 * still open. Made through the services as the people would: Priya adds both witnesses and asks
 * the nurse, the nurse answers from her link, Jordan asks the colleague.
 */
@Injectable()
export class DemoWitnessTestimony {
  constructor(
    private readonly register: WitnessRegisterService,
    private readonly requests: WitnessRequestsService,
    private readonly pages: WitnessPageService,
  ) {}

  async seed(
    enrolmentId: string,
    centreId: string,
    learner: Actor,
    assessor: Actor,
  ): Promise<void> {
    if (learner.email !== DEMO_WITNESS_LEARNER) return;
    const nurse = await this.register.add(assessor, centreId, NURSE);
    await this.register.add(assessor, centreId, COLLEAGUE);
    const asked = await this.requests.create(assessor, enrolmentId, {
      witnessId: nurse.id,
      relationship: 'Ward manager where Jordan led the service user involvement project',
      claims: [{ unit: 'QC28074-4', outcome: '3', criterion: null }],
      message:
        'Please describe how Jordan involved service users and carers in the recruitment panels on your ward.',
    });
    await this.pages.submit(asked.link.split('/witness/')[1], 'seed-demo', {
      statement: [
        'I am the ward manager of Willow Ward, where Jordan led the project to bring service users and carers onto our recruitment panels between September and October 2026.',
        'I sat on two of the panels with Jordan. Before each one Jordan met the two service users and a carer, went through the questions with them in plain language, and agreed how they would score and how they could stop at any point. In the interviews Jordan made sure they asked their own questions first and that the candidates answered them directly.',
        'Afterwards Jordan collected their views separately before the staff members gave theirs, and their scores counted equally in the decision. One carer told me it was the first time she had felt listened to by the service.',
      ].join('\n\n'),
      jobRole: NURSE.jobRole,
      relationship: 'Ward manager; I worked alongside Jordan on the project for two months',
      activityDate: '2026-10-22',
      declaration: WITNESS_STATEMENT_DECLARATION,
      confirmed: true,
    });
    await this.requests.create(learner, enrolmentId, {
      witness: COLLEAGUE,
      relationship: 'Team lead of the community team I work with every week',
      claims: [{ unit: 'QC28074-6', outcome: '2', criterion: null }],
      message: 'Could you describe how we set up the joint referral meetings between our teams?',
    });
  }
}
