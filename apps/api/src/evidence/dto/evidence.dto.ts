import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ASSESSMENT_METHOD_KEYS,
  DECLARATION_STATEMENT,
  EVIDENCE_LIMITS,
  EVIDENCE_SORTS,
  EVIDENCE_STATUSES,
  type AssessmentMethod,
  type EvidenceClaim,
  type EvidenceContent,
  type EvidenceFilter,
  type EvidenceSort,
  type EvidenceStatus,
  type SortQuery,
  type SubmitEvidenceRequest,
} from '@signoff/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDay, trimmed, unlessNull } from '../../http/dto-transforms';
import { SortedPageQueryDto } from '../../http/page-query.dto';

export const METHOD_MESSAGE = `must be one of ${ASSESSMENT_METHOD_KEYS.join(', ')}`;

export class EvidenceClaimDto implements EvidenceClaim {
  @ApiProperty({ example: 'QC28074-1' }) @IsString() @Length(1, 40) unit: string;
  @ApiProperty({ example: '2' }) @IsString() @Length(1, 10) outcome: string;
  @ApiProperty({ nullable: true, type: String, example: '2.1' })
  @ValidateIf(unlessNull)
  @IsString()
  @Length(1, 10)
  criterion: string | null;
}

/** A draft's title (the learner's evidence, the assessor's record): trimmed, not too long. */
export const DraftTitle = () =>
  applyDecorators(
    ApiProperty(),
    Transform(trimmed),
    IsString(),
    MaxLength(EVIDENCE_LIMITS.titleMaxLength),
  );

/** A draft's rich text; `description` says what it holds. */
export const DraftNarrative = (description: string) =>
  applyDecorators(
    ApiProperty({ description }),
    IsString(),
    MaxLength(EVIDENCE_LIMITS.narrativeMaxLength),
  );

/** The day the draft's activity took place. */
export const DraftActivityDate = () =>
  applyDecorators(ApiProperty({ example: '2026-10-14' }), IsCalendarDay());

/** The outcomes (or criteria) a draft claims to show. */
export const DraftClaims = () =>
  applyDecorators(
    ApiProperty({ type: [EvidenceClaimDto] }),
    IsArray(),
    ArrayMaxSize(EVIDENCE_LIMITS.claimsMax),
    ValidateNested({ each: true }),
    Type(() => EvidenceClaimDto),
  );

export class EvidenceContentDto implements EvidenceContent {
  @ApiProperty({ enum: ASSESSMENT_METHOD_KEYS })
  @IsIn(ASSESSMENT_METHOD_KEYS, { message: METHOD_MESSAGE })
  method: AssessmentMethod;

  @DraftTitle() title: string;
  @DraftNarrative('Rich text (HTML); sanitised on the server') narrative: string;
  @DraftActivityDate() activityDate: string;
  @DraftClaims() claims: EvidenceClaimDto[];
}

export class SubmitEvidenceDto implements SubmitEvidenceRequest {
  @ApiProperty({ example: DECLARATION_STATEMENT })
  @IsString()
  @Equals(DECLARATION_STATEMENT, { message: 'must be the declaration exactly as shown' })
  statement: string;

  @ApiProperty({ enum: [true] })
  @Equals(true, { message: 'must be true: you agree to the declaration' })
  agreed: true;
}

/** The portfolio's filters and order, and its page. */
export class EvidenceFilterDto
  extends SortedPageQueryDto
  implements EvidenceFilter, SortQuery<EvidenceSort>
{
  @ApiPropertyOptional({ enum: EVIDENCE_SORTS })
  @IsOptional()
  @IsIn(EVIDENCE_SORTS)
  sort?: EvidenceSort;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) unit?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10) outcome?: string;
  @ApiPropertyOptional({ enum: ASSESSMENT_METHOD_KEYS })
  @IsOptional()
  @IsIn(ASSESSMENT_METHOD_KEYS, { message: METHOD_MESSAGE })
  method?: AssessmentMethod;
  @ApiPropertyOptional({ enum: EVIDENCE_STATUSES })
  @IsOptional()
  @IsIn(EVIDENCE_STATUSES)
  status?: EvidenceStatus;
}
