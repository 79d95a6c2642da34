import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CentreWitness, CentreWitnessContent } from '@signoff/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { DomainError } from '../errors/domain-error';
import { WitnessTestimonyPolicy } from './witness-testimony.policy';
import { WitnessTestimonyRepository } from './witness-testimony.repository';

/** A centre's register of witnesses: who may testify, an expert with their competence noted. */
@Injectable()
export class WitnessRegisterService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly witnesses: WitnessTestimonyRepository,
    private readonly policy: WitnessTestimonyPolicy,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, centreId: string): Promise<CentreWitness[]> {
    this.policy.requireRecordId(centreId, 'Centre');
    this.policy.requireRegisterReader(actor, centreId);
    return this.witnesses.findCentreWitnesses(centreId);
  }

  async add(actor: Actor, centreId: string, content: CentreWitnessContent): Promise<CentreWitness> {
    this.policy.requireRecordId(centreId, 'Centre');
    this.policy.requireRegisterKeeper(actor, centreId);
    const id = await this.db.transaction(async (manager) => {
      await this.witnesses.lockRegister(manager, centreId);
      await this.refuseTakenEmail(manager, centreId, content.email, null);
      return this.insert(manager, actor, centreId, content);
    });
    return this.found(centreId, id);
  }

  async change(
    actor: Actor,
    centreId: string,
    witnessId: string,
    content: CentreWitnessContent,
  ): Promise<CentreWitness> {
    this.policy.requireRecordId(centreId, 'Centre');
    this.policy.requireRegisterKeeper(actor, centreId);
    this.policy.requireRecordId(witnessId, 'Witness');
    await this.db.transaction(async (manager) => {
      await this.witnesses.lockRegister(manager, centreId);
      const before = await this.witnesses.findCentreWitness(centreId, witnessId, manager);
      if (before === null) throw DomainError.notFound('Witness');
      await this.refuseTakenEmail(manager, centreId, content.email, witnessId);
      await this.witnesses.updateWitness(manager, witnessId, content);
      await this.record(
        manager,
        actor,
        centreId,
        witnessId,
        'witness.changed',
        registerEntry(before),
        registerEntry(content),
      );
    });
    return this.found(centreId, witnessId);
  }

  /**
   * The witness a request names by their particulars, inside the caller's transaction: the one
   * of the register with that email address if there is one (as it stands in the register, which
   * a learner cannot read or change), else a new one, added to it.
   */
  async findOrAddWithin(
    manager: EntityManager,
    actor: Actor,
    centreId: string,
    content: CentreWitnessContent,
  ): Promise<string> {
    await this.witnesses.lockRegister(manager, centreId);
    const known = await this.witnesses.findWitnessIdByEmail(manager, centreId, content.email);
    return known ?? this.insert(manager, actor, centreId, content);
  }

  private async insert(
    manager: EntityManager,
    actor: Actor,
    centreId: string,
    content: CentreWitnessContent,
  ): Promise<string> {
    const id = await this.witnesses.insertWitness(manager, centreId, content, actor.userId);
    await this.record(manager, actor, centreId, id, 'witness.added', null, registerEntry(content));
    return id;
  }

  private async refuseTakenEmail(
    manager: EntityManager,
    centreId: string,
    email: string,
    except: string | null,
  ): Promise<void> {
    if ((await this.witnesses.findWitnessIdByEmail(manager, centreId, email, except)) !== null)
      throw DomainError.invalid([
        {
          path: 'email',
          message: 'is already in the centre’s register: that witness is listed there',
        },
      ]);
  }

  private async found(centreId: string, witnessId: string): Promise<CentreWitness> {
    const witness = await this.witnesses.findCentreWitness(centreId, witnessId);
    if (witness === null) throw DomainError.notFound('Witness');
    return witness;
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    centreId: string,
    witnessId: string,
    action: string,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: actor.userId,
      requestId: actor.requestId,
      centreId,
      action,
      subjectType: 'centre_witness',
      subjectId: witnessId,
      before,
      after,
    });
  }
}

/** What the audit trail keeps of a register entry: who and why they count, not how to reach them. */
function registerEntry(content: CentreWitnessContent) {
  return {
    name: content.name,
    jobRole: content.jobRole,
    expert: content.expert,
    occupationalCompetence: content.occupationalCompetence ?? null,
  };
}
