import { ApiProperty } from '@nestjs/swagger';
import {
  WITNESS_STATEMENT_DECLARATION,
  WITNESS_STATEMENT_RULES,
  type WitnessStatementSubmission,
} from '@signoff/contracts';
import { Transform } from 'class-transformer';
import { FollowsRule, trimmed } from '../../http/dto-transforms';

export class WitnessStatementDto implements WitnessStatementSubmission {
  @ApiProperty({ description: 'Plain text; paragraphs separated by blank lines' })
  @FollowsRule(WITNESS_STATEMENT_RULES.statement)
  statement: string;

  @ApiProperty({ example: 'Registered nurse' })
  @Transform(trimmed)
  @FollowsRule(WITNESS_STATEMENT_RULES.jobRole)
  jobRole: string;

  @ApiProperty({ example: 'Line manager for two years' })
  @Transform(trimmed)
  @FollowsRule(WITNESS_STATEMENT_RULES.relationship)
  relationship: string;

  @ApiProperty({ example: '2026-11-20' })
  @FollowsRule(WITNESS_STATEMENT_RULES.activityDate)
  activityDate: string;

  @ApiProperty({ example: WITNESS_STATEMENT_DECLARATION })
  @FollowsRule(WITNESS_STATEMENT_RULES.declaration)
  declaration: string;

  @ApiProperty({ enum: [true] })
  @FollowsRule(WITNESS_STATEMENT_RULES.confirmed)
  confirmed: true;
}
