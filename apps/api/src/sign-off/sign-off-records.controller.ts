import { Body, Controller, Get, Ip, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SignOffRecord, SignOffVerification } from '@signoff/contracts';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles, SignedIn } from '../auth/route-rule.decorator';
import { RevokeSignOffDto } from './dto/revoke-sign-off.dto';
import { SignOffRecordsService } from './sign-off-records.service';
import { SignOffVerificationService } from './sign-off-verification.service';

@ApiTags('sign-offs')
@Controller('sign-offs')
export class SignOffRecordsController {
  constructor(
    private readonly records: SignOffRecordsService,
    private readonly verification: SignOffVerificationService,
  ) {}

  /** One signature as stored (its canonical content beside its SHA-256), and what became of it. */
  @Get(':id')
  @SignedIn()
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<SignOffRecord> {
    return this.records.record(actor, id);
  }

  /**
   * Recomputes the signature's content from the stored records and the files' bytes: intact, or
   * each change in words.
   */
  @Get(':id/verify')
  @SignedIn()
  verify(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<SignOffVerification> {
    return this.verification.verify(actor, id);
  }

  /** By the signer or an admin of its centre, with a reason and their password again. */
  @Post(':id/revocations')
  @Roles('admin', 'assessor', 'learner')
  revoke(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: RevokeSignOffDto,
    @Ip() address: string,
  ): Promise<SignOffRecord> {
    return this.records.revoke(actor, id, body, address);
  }
}
