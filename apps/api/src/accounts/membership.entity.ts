import type { Role } from '@signoff/contracts';
import {
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { Centre } from './centre.entity';
import { User } from './user.entity';

/** One role held by one user at one centre they are a member of. */
@Entity({ name: 'memberships' })
export class Membership {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'centre_id', type: 'uuid' })
  centreId: string;

  @PrimaryColumn({ type: 'text' })
  role: Role;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;

  @ManyToOne(() => User, (user) => user.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  // Relation<> keeps `User` out of the emitted type metadata: user.entity imports this file, and
  // a compiler that keeps ES module order (swc under jest) would read User before it exists.
  user: Relation<User>;

  @ManyToOne(() => Centre, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'centre_id' })
  centre: Centre;
}
