import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  HOUR_CATEGORIES_RULES,
  HOUR_CATEGORY_RULES,
  HOUR_ENTRY_RULES,
  HOUR_LIMITS,
  HOUR_REVIEW_DECISIONS,
  HOUR_TARGET_RULES,
  type HourEntryContent,
  type HourReviewDecision,
  type ReplaceHourCategoriesRequest,
  type ReviewHoursRequest,
  type SetHourTargetRequest,
} from '@signoff/contracts';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { FollowsRule, trimmed } from '../../http/dto-transforms';

// Each field follows its rule in libs/contracts (hours.ts), which the web's forms check too.

/** An entry as the learner logs it, changes it, or logs a correction. */
export class HourEntryDto implements HourEntryContent {
  @ApiProperty({ example: '2026-11-20', description: 'The day worked; not in the future' })
  @FollowsRule(HOUR_ENTRY_RULES.date)
  date: string;

  @ApiProperty({ example: 450, minimum: 1, maximum: HOUR_LIMITS.minutesMax })
  @FollowsRule(HOUR_ENTRY_RULES.minutes)
  minutes: number;

  @ApiProperty({ example: 'Supervised medication round on the dementia unit' })
  @Transform(trimmed)
  @FollowsRule(HOUR_ENTRY_RULES.activity)
  activity: string;

  @ApiProperty({ example: 'supervised_practice', description: 'A category the centre knows' })
  @FollowsRule(HOUR_ENTRY_RULES.category)
  category: string;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'Evidence of the same enrolment',
  })
  @FollowsRule(HOUR_ENTRY_RULES.evidenceItemId)
  evidenceItemId: string | null;
}

export class ReviewHoursDto implements ReviewHoursRequest {
  @ApiProperty({ enum: HOUR_REVIEW_DECISIONS })
  @IsIn(HOUR_REVIEW_DECISIONS, { message: `must be one of ${HOUR_REVIEW_DECISIONS.join(', ')}` })
  decision: HourReviewDecision;

  @ApiPropertyOptional({ description: 'For the learner; required to query' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(HOUR_LIMITS.commentMaxLength)
  comment?: string;
}

export class SetHourTargetDto implements SetHourTargetRequest {
  @ApiProperty({ example: 'off_the_job' })
  @FollowsRule(HOUR_TARGET_RULES.category)
  category: string;

  @ApiProperty({
    nullable: true,
    type: Number,
    example: 120,
    description: 'Whole hours; null removes it',
  })
  @FollowsRule(HOUR_TARGET_RULES.hours)
  hours: number | null;
}

export class HourCategoryDto {
  @ApiProperty({ example: 'shadowing' })
  @FollowsRule(HOUR_CATEGORY_RULES.key)
  key: string;

  @ApiProperty({ example: 'Shadowing a registered manager' })
  @Transform(trimmed)
  @FollowsRule(HOUR_CATEGORY_RULES.title)
  title: string;
}

/** The centre's own categories; the two built in are always there. */
export class ReplaceHourCategoriesDto implements ReplaceHourCategoriesRequest {
  @ApiProperty({ type: [HourCategoryDto] })
  @FollowsRule(HOUR_CATEGORIES_RULES.categories)
  @ValidateNested({ each: true })
  @Type(() => HourCategoryDto)
  categories: HourCategoryDto[];
}
