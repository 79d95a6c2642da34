import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { QualificationsPolicy } from './qualifications.policy';
import { QualificationsRepository } from './qualifications.repository';
import { QualificationsService } from './qualifications.service';

/** The catalogue service outside the web server: for demo data and the command line. */
export function standaloneCatalogue(db: DataSource): QualificationsService {
  return new QualificationsService(
    db,
    new QualificationsRepository(db),
    new QualificationsPolicy(),
    new AuditService(),
  );
}
