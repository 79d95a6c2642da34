import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One state change: who, what, when, before and after. Append-only and hash-chained by the
 * database itself (see the migration), so the trail can prove nothing was rewritten.
 */
@Entity({ name: 'audit_events' })
export class AuditEvent {
  @PrimaryColumn({ type: 'bigint', insert: false })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', insert: false })
  occurredAt: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'centre_id', type: 'uuid', nullable: true })
  centreId: string | null;

  @Column()
  action: string;

  @Column({ name: 'subject_type' })
  subjectType: string;

  @Column({ name: 'subject_id' })
  subjectId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ name: 'previous_hash', insert: false })
  previousHash: string;

  @Column({ insert: false })
  hash: string;
}
