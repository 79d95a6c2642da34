import { AccountsSessionsAudit1763900000000 } from './1763900000000-accounts-sessions-audit';
import { QualificationCatalogue1763990000000 } from './1763990000000-qualification-catalogue';
import { LearnersAndEnrolments1764000000000 } from './1764000000000-learners-and-enrolments';
import { EvidencePortfolio1764100000000 } from './1764100000000-evidence-portfolio';
import { AuditChainOrder1764200000000 } from './1764200000000-audit-chain-order';
import { EvidenceAwaitingAssessment1764300000000 } from './1764300000000-evidence-awaiting-assessment';
import { CentreMembers1764400000000 } from './1764400000000-centre-members';
import { WriteBurstCounts1764450000000 } from './1764450000000-write-burst-counts';
import { ApiRole1764500000000 } from './1764500000000-api-role';
import { JobQueue1764600000000 } from './1764600000000-job-queue';
import { EvidenceTransitions1764650000000 } from './1764650000000-evidence-transitions';
import { AccessIndexes1764700000000 } from './1764700000000-access-indexes';
import { ListSearch1764740000000 } from './1764740000000-list-search';
import { AssessmentDecisions1764800000000 } from './1764800000000-assessment-decisions';
import { SignOffs1764900000000 } from './1764900000000-sign-offs';
import { ListOrderIndexes1765000000000 } from './1765000000000-list-order-indexes';
import { QualificationVersionTitle1765000200000 } from './1765000200000-qualification-version-title';
import { SearchTrigrams1765000300000 } from './1765000300000-search-trigrams';
import { WorkplaceRecords1765100000000 } from './1765100000000-workplace-records';
import { WitnessTestimony1765100200000 } from './1765100200000-witness-testimony';
import { Hours1765100400000 } from './1765100400000-hours';
import { ProgressSettings1765200000000 } from './1765200000000-progress-settings';
import { OpenCorrections1765200100000 } from './1765200100000-open-corrections';

/** Every migration, oldest first. Frozen history: never edit one that has landed; add another. */
export const MIGRATIONS = [
  AccountsSessionsAudit1763900000000,
  QualificationCatalogue1763990000000,
  LearnersAndEnrolments1764000000000,
  EvidencePortfolio1764100000000,
  AuditChainOrder1764200000000,
  EvidenceAwaitingAssessment1764300000000,
  CentreMembers1764400000000,
  WriteBurstCounts1764450000000,
  ApiRole1764500000000,
  JobQueue1764600000000,
  EvidenceTransitions1764650000000,
  AccessIndexes1764700000000,
  ListSearch1764740000000,
  AssessmentDecisions1764800000000,
  SignOffs1764900000000,
  ListOrderIndexes1765000000000,
  QualificationVersionTitle1765000200000,
  SearchTrigrams1765000300000,
  WorkplaceRecords1765100000000,
  WitnessTestimony1765100200000,
  Hours1765100400000,
  ProgressSettings1765200000000,
  OpenCorrections1765200100000,
];

/** The evidence status moves the database allows now, compared with the domain's table in a test. */
export { EVIDENCE_VERSION_STATUS_MOVES_1765100000000 as EVIDENCE_VERSION_STATUS_MOVES } from './1765100000000-workplace-records';
