import { Body, Controller, Get, Headers, Ip, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SIGN_OFF_LIMITS, type SignOffRecord, type UnitSignOffView } from '@signoff/contracts';
import type { Response } from 'express';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles, SignedIn } from '../auth/route-rule.decorator';
import { SignRowsDto, SignUnitDto } from './dto/sign-off.dto';
import { SignOffService, type Signed, type SigningRequest } from './sign-off.service';

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  required: true,
  description: `Any unique string up to ${SIGN_OFF_LIMITS.idempotencyKeyMaxLength} characters (a UUID): send a new one with each signing request and the same one when retrying it. A replay answers the first signature (200) and signs nothing more; the same key with a different request is 409.`,
};
const SIGNED = { description: 'Signed: the new signature' };
const REPLAYED = { description: 'A replayed Idempotency-Key: the signature it made first' };

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
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse(SIGNED)
  @ApiOkResponse(REPLAYED)
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
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse(SIGNED)
  @ApiOkResponse(REPLAYED)
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
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse(SIGNED)
  @ApiOkResponse(REPLAYED)
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

/** 201 for a new signature, 200 for the one a replayed key made first. */
async function answered(signing: Promise<Signed>, res: Response): Promise<SignOffRecord> {
  const { record, replayed } = await signing;
  res.status(replayed ? 200 : 201);
  return record;
}
