import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role, type RoleGrant } from '@signoff/contracts';
import { IsIn, IsUUID } from 'class-validator';

export class RoleGrantDto implements RoleGrant {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a centre id' })
  centreId: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role: Role;
}
