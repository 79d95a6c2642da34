import { Controller, Delete, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { EvidenceDetail, UploadLimits } from '@signoff/contracts';
import type { Request, Response } from 'express';
import { CurrentActor, type Actor } from '../auth/actor';
import { Public, Roles, SignedIn } from '../auth/route-rule.decorator';
import { sendStoredFile } from '../files/send-stored-file';
import type { IncomingUpload } from '../files/stage-upload';
import { EvidenceFilesService } from './evidence-files.service';

@ApiTags('evidence')
@Controller()
export class EvidenceFilesController {
  constructor(private readonly files: EvidenceFilesService) {}

  /**
   * A file on a draft, by its author (the learner, or the assessor making a record). The request
   * body is the file itself (application/octet-stream); its name comes in `name`.
   */
  @Post('evidence/:id/files')
  @Roles('learner', 'assessor')
  @ApiConsumes('application/octet-stream')
  @ApiQuery({ name: 'name', description: 'The file name as its author sees it' })
  upload(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Req() req: Request,
    @Query('name') name?: string,
  ): Promise<EvidenceDetail> {
    return this.files.upload(actor, id, uploadOf(req, name));
  }

  @Delete('evidence/:id/files/:fileId')
  @Roles('learner', 'assessor')
  remove(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('fileId') fileId: string,
  ): Promise<EvidenceDetail> {
    return this.files.remove(actor, id, fileId);
  }

  /** Declared before `files/:id`, which would otherwise take `limits` for an id. */
  @Get('files/limits')
  @SignedIn()
  limits(): UploadLimits {
    return this.files.limits();
  }

  /** An address FileStorage.signedUrl gave out: no session, the signature is the permission. */
  @Get('files/signed/:key')
  @Public()
  async signed(
    @Param('key') key: string,
    @Query('disposition') disposition: unknown,
    @Query('expires') expires: unknown,
    @Query('signature') signature: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.files.openSigned({
      key,
      // Anything else is taken as a download, the safer; the signature says which was signed.
      disposition: disposition === 'inline' ? 'inline' : 'attachment',
      expires: typeof expires === 'string' && /^\d+$/.test(expires) ? Number(expires) : NaN,
      signature: typeof signature === 'string' ? signature : '',
    });
    sendStoredFile(req, res, file);
  }

  @Get('files/:id')
  @SignedIn()
  async download(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    sendStoredFile(req, res, await this.files.open(actor, id, 'attachment'));
  }

  @Get('files/:id/preview')
  @SignedIn()
  async preview(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    sendStoredFile(req, res, await this.files.open(actor, id, 'inline'));
  }
}

/** The request body is the file; the headers and query say what the sender claims of it. */
function uploadOf(req: Request, name: string | undefined): IncomingUpload {
  const declaredLength = Number(req.headers['content-length']);
  return {
    body: req,
    declaredName: typeof name === 'string' ? name : 'upload',
    declaredLength: Number.isFinite(declaredLength) ? declaredLength : null,
  };
}
