import { ApiProperty } from '@nestjs/swagger';
import { ROLES_RULES, type ReplaceRolesRequest } from '@signoff/contracts';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { RoleGrantDto } from './role-grant.dto';
import { FollowsRule } from '../../http/dto-transforms';

export class ReplaceRolesDto implements ReplaceRolesRequest {
  @ApiProperty({ type: [RoleGrantDto], description: "The complete set at the caller's centres" })
  @FollowsRule(ROLES_RULES.roles)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantDto)
  roles: RoleGrantDto[];
}
