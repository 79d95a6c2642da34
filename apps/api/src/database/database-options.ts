import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@signoff/migrations';
import { Centre } from '../accounts/centre.entity';
import { CentreMember } from '../accounts/centre-member.entity';
import { Membership } from '../accounts/membership.entity';
import { User } from '../accounts/user.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { PasswordLinkToken } from '../auth/password-link-token.entity';
import { Session } from '../auth/session.entity';

export const ENTITIES = [
  Centre,
  CentreMember,
  User,
  Membership,
  Session,
  PasswordLinkToken,
  AuditEvent,
];

/** The schema comes only from migrations: `synchronize` stays off everywhere. */
export function databaseOptions(url: string, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // The schema uses gen_random_uuid() (core since Postgres 13); no extension is needed.
    installExtensions: false,
    logging: ['error'],
    extra: { max: poolSize, connectionTimeoutMillis: 10_000 },
  };
}
