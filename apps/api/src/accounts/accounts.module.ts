import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { UsersController } from './users.controller';
import { UsersPolicy } from './users.policy';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [AccessModule, AuthModule, AuditModule],
  controllers: [UsersController],
  providers: [UsersService, UsersRepository, UsersPolicy],
  exports: [UsersService],
})
export class AccountsModule {}
