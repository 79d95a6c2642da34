import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A one-time link with which a person sets their password; issued by an admin, shown to them. */
@Entity({ name: 'password_link_tokens' })
export class PasswordLinkToken {
  @PrimaryColumn({ name: 'token_hash' })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'issued_by', type: 'uuid', nullable: true })
  issuedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
