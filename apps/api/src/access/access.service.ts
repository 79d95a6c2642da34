import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { isRecordId } from '../http/record-id';
import { AccessRepository } from './access.repository';
import { reachOf, type Reach } from './reach';

/**
 * Which of these records may this person reach? Each question takes many ids and costs one
 * statement (none when no id is well formed); it answers the set of ids that pass, so an
 * unknown, malformed or out-of-reach id is simply absent, and the caller answers 404 for it.
 * A policy asks about one record by passing one id. Roles count only where the person holds
 * them now and is not suspended.
 */
@Injectable()
export class AccessService {
  constructor(private readonly access: AccessRepository) {}

  /** For list queries that filter by the same rules (`enrolmentInReach`). */
  reach(actor: Actor): Reach {
    return reachOf(actor);
  }

  /** Its centre's admins and EQAs, its current assessor and IQA, and its learner. */
  visibleEnrolments(actor: Actor, ids: string[]): Promise<Set<string>> {
    return this.ask(ids, (wellFormed) =>
      this.access.findVisibleEnrolments(reachOf(actor), wellFormed),
    );
  }

  /** Whoever sees its enrolment, once it has been submitted; until then its author alone. */
  visibleEvidence(actor: Actor, ids: string[]): Promise<Set<string>> {
    return this.ask(ids, (wellFormed) =>
      this.access.findVisibleEvidence(reachOf(actor), wellFormed),
    );
  }

  /** Whoever sees an evidence version holding the file (a draft's files are its author's). */
  readableFiles(actor: Actor, ids: string[]): Promise<Set<string>> {
    return this.ask(ids, (wellFormed) => this.access.findReadableFiles(reachOf(actor), wellFormed));
  }

  /** The learner, their centre's admins and EQAs, and the staff of their current enrolments. */
  readableLearners(actor: Actor, ids: string[]): Promise<Set<string>> {
    return this.ask(ids, (wellFormed) =>
      this.access.findReadableLearners(reachOf(actor), wellFormed),
    );
  }

  /** Learner records the actor keeps: those of the centres they administer. */
  manageableLearners(actor: Actor, ids: string[]): Promise<Set<string>> {
    return this.ask(ids, (wellFormed) =>
      this.access.findManageableLearners(reachOf(actor), wellFormed),
    );
  }

  /** People the actor manages: the members of the centres they administer. */
  manageableUsers(actor: Actor, ids: string[], manager?: EntityManager): Promise<Set<string>> {
    return this.ask(ids, (wellFormed) =>
      this.access.findManageableUsers(reachOf(actor), wellFormed, manager),
    );
  }

  /** Answers the ids as the caller spelt them (Postgres answers UUIDs in lower case). */
  private async ask(
    ids: string[],
    find: (wellFormed: string[]) => Promise<string[]>,
  ): Promise<Set<string>> {
    const wellFormed = ids.filter(isRecordId);
    if (wellFormed.length === 0) return new Set();
    const passed = new Set(await find([...new Set(wellFormed.map((id) => id.toLowerCase()))]));
    return new Set(wellFormed.filter((id) => passed.has(id.toLowerCase())));
  }
}
