import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CAMBRIDGE_GRADES,
  type ProposeCorrectionRequest,
  type ResolveCorrectionRequest,
  type CambridgeGrade,
  type EmployerDetails,
  type PriorQualification,
} from '@signoff/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDay, normalisedEmail, trimmed, unlessNull } from '../../http/dto-transforms';

export class EmployerDto implements EmployerDetails {
  @ApiProperty() @Transform(trimmed) @IsString() @Length(1, 200) organisation: string;
  @ApiProperty({ nullable: true, type: String })
  @ValidateIf(unlessNull)
  @IsString()
  @MaxLength(200)
  workplace: string | null;
  @ApiProperty({ nullable: true, type: String })
  @ValidateIf(unlessNull)
  @IsString()
  @MaxLength(200)
  contactName: string | null;
  @ApiProperty({ nullable: true, type: String })
  @ValidateIf(unlessNull)
  @IsEmail({}, { message: 'must be an email address' })
  contactEmail: string | null;
}

export class PriorQualificationDto implements PriorQualification {
  @ApiProperty() @Transform(trimmed) @IsString() @Length(1, 300) title: string;
  @ApiProperty({ nullable: true, type: Number })
  @ValidateIf(unlessNull)
  @IsInt()
  @Min(1)
  @Max(8)
  level: number | null;
  @ApiProperty({ nullable: true, type: String })
  @ValidateIf(unlessNull)
  @IsString()
  @MaxLength(200)
  subject: string | null;
  @ApiProperty({ nullable: true, type: Number })
  @ValidateIf(unlessNull)
  @IsInt()
  @Min(1950)
  @Max(2100)
  year: number | null;
}

const TESTS = [
  'ielts_academic',
  'toefl_ibt',
  'pte_academic',
  'cambridge_b2_first',
  'prior_education_in_english',
] as const;
const when =
  (...tests: (typeof TESTS)[number][]) =>
  (evidence: EnglishEvidenceDto) =>
    tests.includes(evidence.test);

/** One English language result; which fields apply depends on the test. */
export class EnglishEvidenceDto {
  @ApiProperty({ enum: TESTS })
  @IsIn(TESTS, { message: `must be one of ${TESTS.join(', ')}` })
  test: (typeof TESTS)[number];

  @ApiPropertyOptional()
  @ValidateIf(when('ielts_academic'))
  @IsNumber()
  @Min(0)
  @Max(9)
  overall?: number;
  @ApiPropertyOptional()
  @ValidateIf(when('ielts_academic'))
  @IsNumber()
  @Min(0)
  @Max(9)
  lowestBand?: number;
  @ApiPropertyOptional()
  @ValidateIf(when('toefl_ibt', 'pte_academic'))
  @IsNumber()
  @Min(0)
  @Max(120)
  score?: number;
  @ApiPropertyOptional({ enum: CAMBRIDGE_GRADES })
  @ValidateIf(when('cambridge_b2_first'))
  @IsIn(CAMBRIDGE_GRADES)
  grade?: CambridgeGrade;
  @ApiPropertyOptional()
  @ValidateIf(when('prior_education_in_english'))
  @IsString()
  @Length(1, 500)
  description?: string;

  @ApiProperty({ nullable: true, type: String, description: 'Where the proof is kept' })
  @ValidateIf(unlessNull)
  @IsString()
  @MaxLength(300)
  proofLocation: string | null;
}

/** The profile fields an admin enters and keeps up to date. */
export class LearnerProfileDto {
  @ApiProperty({ example: '1990-05-17' })
  @IsCalendarDay()
  dateOfBirth: string;

  @ApiProperty({ nullable: true, type: String, description: 'Unique learner number: ten digits' })
  @ValidateIf(unlessNull)
  @Matches(/^\d{10}$/, { message: 'must be ten digits' })
  uln: string | null;

  @ApiProperty({ nullable: true, type: EmployerDto })
  @ValidateIf(unlessNull)
  @ValidateNested()
  @Type(() => EmployerDto)
  employer: EmployerDto | null;

  @ApiProperty({ type: [PriorQualificationDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PriorQualificationDto)
  priorQualifications: PriorQualificationDto[];

  @ApiProperty({ type: [EnglishEvidenceDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EnglishEvidenceDto)
  englishEvidence: EnglishEvidenceDto[];

  @ApiProperty({ nullable: true, type: Number })
  @ValidateIf(unlessNull)
  @IsNumber()
  @Min(0)
  @Max(60)
  experienceYears: number | null;
}

export class UpdateLearnerDto extends LearnerProfileDto {
  @ApiProperty() @Transform(trimmed) @IsString() @Length(1, 120) displayName: string;
}

// Not `implements CreateLearnerRequest`: one DTO class validates every kind of English result,
// which the contract's discriminated union describes more exactly than a class can.
export class CreateLearnerDto extends UpdateLearnerDto {
  @ApiProperty()
  @Transform(normalisedEmail)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ format: 'uuid' })
  @IsString()
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'must be a centre id' })
  centreId: string;
}

export class ProposeCorrectionDto implements ProposeCorrectionRequest {
  @ApiProperty({ example: 'dateOfBirth' }) @IsString() @Length(1, 60) field: string;
  @ApiProperty({ example: '1990-05-18' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 1000)
  proposed: string;
}

export class ResolveCorrectionDto implements ResolveCorrectionRequest {
  @ApiProperty({ enum: ['resolved', 'declined'] }) @IsIn(['resolved', 'declined']) status:
    'resolved' | 'declined';
}
