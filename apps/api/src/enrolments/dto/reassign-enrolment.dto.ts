import { ApiProperty } from '@nestjs/swagger';
import type { ReassignEnrolmentRequest } from '@signoff/contracts';
import { IsUUID } from 'class-validator';

export class ReassignEnrolmentDto implements ReassignEnrolmentRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a user id' })
  assessorId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a user id' })
  iqaId: string;
}
