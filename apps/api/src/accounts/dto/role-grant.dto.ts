import { ApiProperty } from '@nestjs/swagger';
import { ROLE_GRANT_RULES, ROLES, type Role, type RoleGrant } from '@signoff/contracts';
import { FollowsRule } from '../../http/dto-transforms';

export class RoleGrantDto implements RoleGrant {
  @ApiProperty({ format: 'uuid' })
  @FollowsRule(ROLE_GRANT_RULES.centreId)
  centreId: string;

  @ApiProperty({ enum: ROLES })
  @FollowsRule(ROLE_GRANT_RULES.role)
  role: Role;
}
