import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Centre } from './centre.entity';
import { User } from './user.entity';

/**
 * A person belongs to a centre apart from the roles they hold there: with every role removed they
 * stay listed for its admins. A suspended member has no access at that centre; someone suspended
 * at every centre they belong to cannot sign in.
 */
@Entity({ name: 'centre_members' })
export class CentreMember {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'centre_id', type: 'uuid' })
  centreId: string;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;

  @Column({ name: 'suspended_at', type: 'timestamptz', nullable: true })
  suspendedAt: Date | null;

  /** The admin who suspended them; null while not suspended. */
  @Column({ name: 'suspended_by', type: 'uuid', nullable: true })
  suspendedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: User;

  @ManyToOne(() => Centre, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'centre_id' })
  centre: Centre;
}
