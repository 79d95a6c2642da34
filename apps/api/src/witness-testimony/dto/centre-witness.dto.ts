import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CENTRE_WITNESS_RULES, type CentreWitnessContent } from '@signoff/contracts';
import { Transform } from 'class-transformer';
import { FollowsRule, normalisedEmail, trimmed } from '../../http/dto-transforms';

export class CentreWitnessDto implements CentreWitnessContent {
  @ApiProperty({ example: 'Sam Okoro' })
  @Transform(trimmed)
  @FollowsRule(CENTRE_WITNESS_RULES.name)
  name: string;

  @ApiProperty({ example: 'Registered nurse, deputy manager' })
  @Transform(trimmed)
  @FollowsRule(CENTRE_WITNESS_RULES.jobRole)
  jobRole: string;

  @ApiProperty({ example: 'sam.okoro@example.org' })
  @Transform(normalisedEmail)
  @FollowsRule(CENTRE_WITNESS_RULES.email)
  email: string;

  @ApiProperty({ description: 'An expert witness: occupationally competent in the area' })
  @FollowsRule(CENTRE_WITNESS_RULES.expert)
  expert: boolean;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Required for an expert witness: qualifications and experience',
  })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim() || null : value,
  )
  @FollowsRule(CENTRE_WITNESS_RULES.occupationalCompetence)
  occupationalCompetence?: string | null;
}
