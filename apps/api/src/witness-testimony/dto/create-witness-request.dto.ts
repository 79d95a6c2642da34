import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WITNESS_REQUEST_RULES, type CreateWitnessRequest } from '@signoff/contracts';
import { Transform, Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { EvidenceClaimDto } from '../../evidence/dto/evidence.dto';
import { FollowsRule, trimmed } from '../../http/dto-transforms';
import { CentreWitnessDto } from './centre-witness.dto';

export class CreateWitnessRequestDto implements CreateWitnessRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'A witness of the centre’s register' })
  @FollowsRule(WITNESS_REQUEST_RULES.witnessId)
  witnessId?: string;

  @ApiPropertyOptional({
    type: CentreWitnessDto,
    description: 'A new witness, added to the register',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CentreWitnessDto)
  witness?: CentreWitnessDto;

  @ApiProperty({ example: 'Line manager for two years' })
  @Transform(trimmed)
  @FollowsRule(WITNESS_REQUEST_RULES.relationship)
  relationship: string;

  @ApiProperty({ type: [EvidenceClaimDto] })
  @FollowsRule(WITNESS_REQUEST_RULES.claims)
  @ValidateNested({ each: true })
  @Type(() => EvidenceClaimDto)
  claims: EvidenceClaimDto[];

  @ApiPropertyOptional({ type: String, description: 'What the asker would like described' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim() || undefined : value,
  )
  @FollowsRule(WITNESS_REQUEST_RULES.message)
  message?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 60, default: 14 })
  @FollowsRule(WITNESS_REQUEST_RULES.validDays)
  validDays?: number;

  @ApiPropertyOptional({ description: 'Also e-mail the link (when the server has SMTP settings)' })
  @FollowsRule(WITNESS_REQUEST_RULES.sendEmail)
  sendEmail?: boolean;
}
