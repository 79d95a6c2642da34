import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CAMBRIDGE_GRADES,
  CORRECTION_RULES,
  EMPLOYER_RULES,
  ENGLISH_EVIDENCE_RULES,
  ENGLISH_TEST_IDS,
  LEARNER_PROFILE_RULES,
  NEW_LEARNER_RULES,
  PRIOR_QUALIFICATION_RULES,
  type CambridgeGrade,
  type EmployerDetails,
  type EnglishTest,
  type PriorQualification,
  type ProposeCorrectionRequest,
  type ResolveCorrectionRequest,
} from '@signoff/contracts';
import { Transform, Type } from 'class-transformer';
import { IsIn, ValidateIf, ValidateNested } from 'class-validator';
import { FollowsRule, normalisedEmail, trimmed, unlessNull } from '../../http/dto-transforms';

// Each field follows its rule in libs/contracts (learner-profile-rules.ts), which the web form
// and the CSV import check too: a rule changes there, never here.

export class EmployerDto implements EmployerDetails {
  @ApiProperty()
  @Transform(trimmed)
  @FollowsRule(EMPLOYER_RULES.organisation)
  organisation: string;
  @ApiProperty({ nullable: true, type: String })
  @FollowsRule(EMPLOYER_RULES.workplace)
  workplace: string | null;
  @ApiProperty({ nullable: true, type: String })
  @FollowsRule(EMPLOYER_RULES.contactName)
  contactName: string | null;
  @ApiProperty({ nullable: true, type: String })
  @FollowsRule(EMPLOYER_RULES.contactEmail)
  contactEmail: string | null;
}

export class PriorQualificationDto implements PriorQualification {
  @ApiProperty()
  @Transform(trimmed)
  @FollowsRule(PRIOR_QUALIFICATION_RULES.title)
  title: string;
  @ApiProperty({ nullable: true, type: Number, description: 'RQF level, 1 to 8' })
  @FollowsRule(PRIOR_QUALIFICATION_RULES.level)
  level: number | null;
  @ApiProperty({ nullable: true, type: String })
  @FollowsRule(PRIOR_QUALIFICATION_RULES.subject)
  subject: string | null;
  @ApiProperty({ nullable: true, type: Number })
  @FollowsRule(PRIOR_QUALIFICATION_RULES.year)
  year: number | null;
}

/** One English language result; which fields apply depends on the test (`ENGLISH_TESTS`). */
export class EnglishEvidenceDto {
  @ApiProperty({ enum: ENGLISH_TEST_IDS })
  @FollowsRule(ENGLISH_EVIDENCE_RULES.test)
  test: EnglishTest;

  @ApiPropertyOptional({ description: 'IELTS: the overall band' })
  @FollowsRule(ENGLISH_EVIDENCE_RULES.overall)
  overall?: number;
  @ApiPropertyOptional({ description: 'IELTS: the lowest of the four bands' })
  @FollowsRule(ENGLISH_EVIDENCE_RULES.lowestBand)
  lowestBand?: number;
  @ApiPropertyOptional({ description: 'TOEFL iBT or PTE Academic: the score' })
  @FollowsRule(ENGLISH_EVIDENCE_RULES.score)
  score?: number;
  @ApiPropertyOptional({ enum: CAMBRIDGE_GRADES })
  @FollowsRule(ENGLISH_EVIDENCE_RULES.grade)
  grade?: CambridgeGrade;
  @ApiPropertyOptional()
  @FollowsRule(ENGLISH_EVIDENCE_RULES.description)
  description?: string;

  @ApiProperty({ nullable: true, type: String, description: 'Where the proof is kept' })
  @FollowsRule(ENGLISH_EVIDENCE_RULES.proofLocation)
  proofLocation: string | null;
}

/** The profile fields an admin enters and keeps up to date. */
export class LearnerProfileDto {
  @ApiProperty({ example: '1990-05-17' })
  @FollowsRule(LEARNER_PROFILE_RULES.dateOfBirth)
  dateOfBirth: string;

  @ApiProperty({ nullable: true, type: String, description: 'Unique learner number: ten digits' })
  @FollowsRule(LEARNER_PROFILE_RULES.uln)
  uln: string | null;

  @ApiProperty({ nullable: true, type: EmployerDto })
  @ValidateIf(unlessNull)
  @FollowsRule(LEARNER_PROFILE_RULES.employer)
  @ValidateNested()
  @Type(() => EmployerDto)
  employer: EmployerDto | null;

  @ApiProperty({ type: [PriorQualificationDto] })
  @FollowsRule(LEARNER_PROFILE_RULES.priorQualifications)
  @ValidateNested({ each: true })
  @Type(() => PriorQualificationDto)
  priorQualifications: PriorQualificationDto[];

  @ApiProperty({ type: [EnglishEvidenceDto] })
  @FollowsRule(LEARNER_PROFILE_RULES.englishEvidence)
  @ValidateNested({ each: true })
  @Type(() => EnglishEvidenceDto)
  englishEvidence: EnglishEvidenceDto[];

  @ApiProperty({ nullable: true, type: Number })
  @FollowsRule(LEARNER_PROFILE_RULES.experienceYears)
  experienceYears: number | null;
}

export class UpdateLearnerDto extends LearnerProfileDto {
  @ApiProperty()
  @Transform(trimmed)
  @FollowsRule(LEARNER_PROFILE_RULES.displayName)
  displayName: string;
}

// Not `implements CreateLearnerRequest`: one DTO class validates every kind of English result,
// which the contract's discriminated union describes more exactly than a class can.
export class CreateLearnerDto extends UpdateLearnerDto {
  @ApiProperty()
  @Transform(normalisedEmail)
  @FollowsRule(NEW_LEARNER_RULES.email)
  email: string;

  @ApiProperty({ format: 'uuid' })
  @FollowsRule(NEW_LEARNER_RULES.centreId)
  centreId: string;
}

export class ProposeCorrectionDto implements ProposeCorrectionRequest {
  @ApiProperty({ example: 'dateOfBirth', description: 'Which part of the record' })
  @FollowsRule(CORRECTION_RULES.field)
  field: string;
  @ApiProperty({ example: 'It should be 1990-05-18' })
  @Transform(trimmed)
  @FollowsRule(CORRECTION_RULES.proposed)
  proposed: string;
}

export class ResolveCorrectionDto implements ResolveCorrectionRequest {
  @ApiProperty({ enum: ['resolved', 'declined'] }) @IsIn(['resolved', 'declined']) status:
    'resolved' | 'declined';
}
