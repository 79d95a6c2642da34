import { Module } from '@nestjs/common';
import { AccessRepository } from './access.repository';
import { AccessService } from './access.service';

/** Who may reach which records: every capability's policy asks here. */
@Module({
  providers: [AccessService, AccessRepository],
  exports: [AccessService],
})
export class AccessModule {}
