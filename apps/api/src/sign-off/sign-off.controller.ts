import { Body, Controller, Get, Headers, Ip, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SignOffRecord, UnitSignOffView } from '@signoff/contracts';
import type { Response } from 'express';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles, SignedIn } from '../auth/route-rule.decorator';
import { answered, SigningAnswers } from '../http/idempotency-key';
import { SignRowsDto, SignUnitDto } from './dto/sign-off.dto';
import { SignOffService, type SigningRequest } from './sign-off.service';

const SIGNING = {
  replay: 'the first signature',
  signed: 'Signed: the new signature',
  replayed: 'A replayed Idempotency-Key: the signature it made first',
};

/**
 * A unit's sign-off matrix and the signatures on it. Each signing route asks for the signer's
 * password again and an Idempotency-Key, and answers the signature's record: 201 when it signed,
 * 200 when the key was a replay.
 */
@ApiTags('sign-off')
@Controller('enrolments/:id')
export class SignOffController {
  constructor(private readonly signOff: SignOffService) {}

  /** The unit's matrix, its achievement and what the person asking may sign on it now. */
  @Get('units/:unit/matrix')
  @SignedIn()
  matrix(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('unit') unit: string,
  ): Promise<UnitSignOffView> {
    return this.signOff.unitView(actor, id, unit);
  }

  /** The enrolment's assessor signs rows of one unit's matrix. */
  @Post('sign-offs')
  @Roles('assessor')
  @SigningAnswers(SIGNING)
  signRows(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: SignRowsDto,
    @Headers('idempotency-key') key: string | undefined,
    @Ip() address: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SignOffRecord> {
    const request: SigningRequest = { kind: 'rows', unit: body.unit, rows: body.rows };
    return answered(
      this.signOff.sign(actor, id, request, {
        password: body.password,
        address,
        idempotencyKey: key,
      }),
      res,
    );
  }

  /** The enrolment's assessor signs the unit off, once every row is signed and counting. */
  @Post('units/:unit/unit-sign-off')
  @Roles('assessor')
  @SigningAnswers(SIGNING)
  signUnit(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('unit') unit: string,
    @Body() body: SignUnitDto,
    @Headers('idempotency-key') key: string | undefined,
    @Ip() address: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SignOffRecord> {
    return answered(
      this.signOff.sign(
        actor,
        id,
        { kind: 'unit', unit },
        { password: body.password, address, idempotencyKey: key },
      ),
      res,
    );
  }

  /** The enrolment's learner countersigns the unit, once the assessor has signed it off. */
  @Post('units/:unit/countersignature')
  @Roles('learner')
  @SigningAnswers(SIGNING)
  countersign(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('unit') unit: string,
    @Body() body: SignUnitDto,
    @Headers('idempotency-key') key: string | undefined,
    @Ip() address: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SignOffRecord> {
    return answered(
      this.signOff.sign(
        actor,
        id,
        { kind: 'countersignature', unit },
        { password: body.password, address, idempotencyKey: key },
      ),
      res,
    );
  }
}
