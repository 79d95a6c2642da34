import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { LearnersController } from './learners.controller';
import { LearnersPolicy } from './learners.policy';
import { LearnersRepository } from './learners.repository';
import { LearnersService } from './learners.service';

@Module({
  imports: [AccessModule, AccountsModule, AuditModule],
  controllers: [LearnersController],
  providers: [LearnersService, LearnersRepository, LearnersPolicy],
  exports: [LearnersService],
})
export class LearnersModule {}
