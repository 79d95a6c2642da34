import { ApiProperty } from '@nestjs/swagger';
import { REASSIGN_RULES, type ReassignEnrolmentRequest } from '@signoff/contracts';
import { FollowsRule } from '../../http/dto-transforms';

export class ReassignEnrolmentDto implements ReassignEnrolmentRequest {
  @ApiProperty({ format: 'uuid' })
  @FollowsRule(REASSIGN_RULES.assessorId)
  assessorId: string;

  @ApiProperty({ format: 'uuid' })
  @FollowsRule(REASSIGN_RULES.iqaId)
  iqaId: string;
}
