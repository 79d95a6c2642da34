import { ApiProperty } from '@nestjs/swagger';
import type { ReplaceRolesRequest } from '@signoff/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { RoleGrantDto } from './role-grant.dto';

export class ReplaceRolesDto implements ReplaceRolesRequest {
  @ApiProperty({ type: [RoleGrantDto], description: "The complete set at the caller's centres" })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantDto)
  roles: RoleGrantDto[];
}
