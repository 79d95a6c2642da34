import { Body, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { WitnessPage, WitnessStatementReceipt } from '@signoff/contracts';
import { Public } from '../auth/route-rule.decorator';
import { ClientAddress } from '../http/client-address';
import { WitnessStatementDto } from './dto/witness-statement.dto';
import { WitnessPageService } from './witness-page.service';

/** The witness's page: no account, the link's token is the permission; limited per address. */
@ApiTags('witness testimony')
@Controller('witness/:token')
export class WitnessPageController {
  constructor(private readonly pages: WitnessPageService) {}

  @Get()
  @Public()
  // Addressed by its secret: no cache along the way (a care home's proxy) keeps a copy.
  @Header('Cache-Control', 'no-store')
  page(@Param('token') token: string, @ClientAddress() address: string): Promise<WitnessPage> {
    return this.pages.page(token, address);
  }

  @Post()
  @Public()
  @HttpCode(201)
  @Header('Cache-Control', 'no-store')
  submit(
    @Param('token') token: string,
    @ClientAddress() address: string,
    @Body() body: WitnessStatementDto,
  ): Promise<WitnessStatementReceipt> {
    return this.pages.submit(token, address, body);
  }
}
