import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ASSESSMENT_DECISIONS,
  ASSESSMENT_LIMITS,
  ASSESSMENT_METHOD_KEYS,
  EVIDENCE_LIMITS,
  type AssessmentDecisionKind,
  type AssessmentDecisionRequest,
  type AssessmentMethod,
  type AssessmentQueueQuery,
} from '@signoff/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EvidenceClaimDto, METHOD_MESSAGE } from '../../evidence/dto/evidence.dto';
import { trimmed } from '../../http/dto-transforms';
import { PageQueryDto } from '../../http/page-query.dto';

export class AssessmentDecisionDto implements AssessmentDecisionRequest {
  @ApiProperty({ description: 'The version judged: still the newest, or 409', example: 1 })
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({ enum: ASSESSMENT_DECISIONS })
  @IsIn(ASSESSMENT_DECISIONS, { message: `must be one of ${ASSESSMENT_DECISIONS.join(', ')}` })
  decision: AssessmentDecisionKind;

  @ApiPropertyOptional({
    description: 'For the learner; required to refer, and as the reason to withdraw an acceptance',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(ASSESSMENT_LIMITS.feedbackMaxLength)
  feedback?: string;

  @ApiPropertyOptional({
    type: [EvidenceClaimDto],
    description: 'Outcomes and criteria of planned units it proves; required to accept or refer',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EVIDENCE_LIMITS.claimsMax)
  @ValidateNested({ each: true })
  @Type(() => EvidenceClaimDto)
  mapping?: EvidenceClaimDto[];
}

/** The queue's filters and its page: oldest submitted first, always. */
export class AssessmentQueueQueryDto extends PageQueryDto implements AssessmentQueueQuery {
  @ApiPropertyOptional({ description: 'A learner’s person id' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a learner’s id' })
  learner?: string;

  @ApiPropertyOptional({ description: 'A unit reference the learner claims', example: 'QC28074-1' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  unit?: string;

  @ApiPropertyOptional({ enum: ASSESSMENT_METHOD_KEYS })
  @IsOptional()
  @IsIn(ASSESSMENT_METHOD_KEYS, { message: METHOD_MESSAGE })
  method?: AssessmentMethod;
}
