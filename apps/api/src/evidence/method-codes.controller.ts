import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles, SignedIn } from '../auth/route-rule.decorator';
import { ReplaceMethodCodesDto } from './dto/method-codes.dto';
import { MethodCodesService, type CentreMethodCode } from './method-codes.service';

@ApiTags('evidence')
@Controller('centres/:centreId/method-codes')
export class MethodCodesController {
  constructor(private readonly methodCodes: MethodCodesService) {}

  @Get()
  @SignedIn()
  list(
    @CurrentActor() actor: Actor,
    @Param('centreId') centreId: string,
  ): Promise<CentreMethodCode[]> {
    return this.methodCodes.list(actor, centreId);
  }

  @Put()
  @Roles('admin')
  replace(
    @CurrentActor() actor: Actor,
    @Param('centreId') centreId: string,
    @Body() body: ReplaceMethodCodesDto,
  ): Promise<CentreMethodCode[]> {
    return this.methodCodes.replace(actor, centreId, body.codes);
  }
}
