import { ApiProperty } from '@nestjs/swagger';
import { NEW_USER_RULES, type CreateUserRequest } from '@signoff/contracts';
import { Transform, Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { RoleGrantDto } from './role-grant.dto';
import { FollowsRule, normalisedEmail, trimmed } from '../../http/dto-transforms';

/** Each field follows its rule in libs/contracts (user-rules.ts), as the web form does. */
export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'sam.carter@example.org' })
  @Transform(normalisedEmail)
  @FollowsRule(NEW_USER_RULES.email)
  email: string;

  @ApiProperty({ example: 'Sam Carter' })
  @Transform(trimmed)
  @FollowsRule(NEW_USER_RULES.displayName)
  displayName: string;

  @ApiProperty({ type: [RoleGrantDto] })
  @FollowsRule(NEW_USER_RULES.roles)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantDto)
  roles: RoleGrantDto[];
}
