import { rm } from 'node:fs/promises';
import { extname } from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  EVIDENCE_LIMITS,
  formatFileSize,
  type EvidenceDetail,
  type UploadLimits,
} from '@signoff/contracts';
import { portfolioChangeRefusal } from '@signoff/domain';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import type { Actor } from '../auth/actor';
import { InjectFileVault, type FileVault } from '../files/file-vault';
import { extensionsOf, kindWords, MEDIA_TYPES, mediaTypeForExtension } from '../files/content-type';
import { stageUpload, type IncomingUpload } from '../files/stage-upload';
import { newStorageKey } from '../files/storage-key';
import type { StoredFileDescriptor } from '../files/stored-file';
import type { SignedFileAddress } from '../files/url-signer';
import {
  UnsupportedContentType,
  UploadAborted,
  UploadEmpty,
  UploadTooLarge,
} from '../files/upload-errors';
import { DomainError, type DomainErrorDetails } from '../errors/domain-error';
import { isRecordId } from '../http/record-id';
import { WriteBurstLimiterService } from '../write-limits/write-burst-limiter.service';
import { EvidencePolicy } from './evidence.policy';
import { EvidenceRepository, type StoredFile } from './evidence.repository';
import { EvidenceService } from './evidence.service';

/** Refused before the body was read: the client may stop sending it. */
const CLOSE: DomainErrorDetails = { bodyLeftUnread: true };

/**
 * Files on evidence drafts. An upload streams to staging (checked by content, hashed, counted),
 * moves into storage, and only then gets its record, in one short transaction; if that fails the
 * object is removed again. No transaction is open while bytes move.
 */
@Injectable()
export class EvidenceFilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectFileVault() private readonly vault: FileVault,
    private readonly evidence: EvidenceRepository,
    private readonly evidenceService: EvidenceService,
    private readonly policy: EvidencePolicy,
    private readonly enrolments: EnrolmentsService,
    private readonly audit: AuditService,
    private readonly writeLimits: WriteBurstLimiterService,
  ) {}

  limits(): UploadLimits {
    return { maxBytes: this.vault.maxBytes };
  }

  async upload(actor: Actor, itemId: string, upload: IncomingUpload): Promise<EvidenceDetail> {
    const { item, enrolment } = await this.policy.requireAuthor(actor, itemId);
    // Refused before a byte is read; checked again, as it is then, when the file is recorded.
    const closed = portfolioChangeRefusal(enrolment.status);
    if (closed !== null) throw new DomainError('CONFLICT', closed, undefined, CLOSE);
    if (upload.declaredLength !== null && upload.declaredLength > this.vault.maxBytes)
      throw tooLarge(this.vault.maxBytes);
    // A body already read to its end was parsed as something else (JSON, a form), not sent as a file.
    if (upload.body.readableEnded)
      throw new DomainError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Send the file itself as application/octet-stream',
        undefined,
        CLOSE,
      );
    // Counted before any byte is read, in a transaction of its own: none stays open while bytes move.
    await this.db.transaction((manager) =>
      this.writeLimits.count(manager, 'upload', actor.userId, CLOSE),
    );

    const staged = await stageUpload(upload.body, {
      stagingDir: this.vault.stagingDir,
      maxBytes: this.vault.maxBytes,
      declaredName: upload.declaredName,
    }).catch((error: unknown) => {
      throw uploadRefusal(error, this.vault.maxBytes);
    });
    const claimed = extname(staged.originalName).slice(1).toLowerCase();
    if (claimed !== '' && !extensionsOf(staged.mediaType).includes(claimed)) {
      // A name that disagrees with the content is how a file gets opened by the wrong program.
      await rm(staged.path, { force: true });
      throw new DomainError(
        'UNSUPPORTED_MEDIA_TYPE',
        nameDisagrees(staged.mediaType, staged.extension, claimed),
        undefined,
        CLOSE,
      );
    }
    const key = newStorageKey();
    await this.vault.storage.put(key, staged.path);
    try {
      await this.db.transaction(async (manager) => {
        await this.enrolments.requirePortfolioOpen(manager, enrolment.id);
        const draft = await this.evidenceService.currentDraft(manager, item.id);
        if (
          (await this.evidence.countFiles(manager, draft.id)) >= EVIDENCE_LIMITS.filesPerVersionMax
        ) {
          throw new DomainError(
            'CONFLICT',
            `A piece of evidence holds at most ${EVIDENCE_LIMITS.filesPerVersionMax} files: remove one before adding another`,
          );
        }
        const fileId = await this.evidence.insertFile(manager, draft.id, {
          storageKey: key,
          sha256: staged.sha256,
          size: staged.size,
          mediaType: staged.mediaType,
          previewable: staged.previewable,
          originalName: staged.originalName,
          uploadedBy: actor.userId,
        });
        await this.audit.record(manager, {
          actorId: actor.userId,
          requestId: actor.requestId,
          centreId: enrolment.centreId,
          action: 'evidence.file_added',
          subjectType: 'evidence',
          subjectId: item.id,
          after: {
            version: draft.number,
            fileId,
            name: staged.originalName,
            sha256: staged.sha256,
            size: staged.size,
            mediaType: staged.mediaType,
          },
        });
      });
    } catch (error) {
      await this.vault.storage.remove(key);
      throw error;
    }
    return this.evidenceService.get(actor, item.id);
  }

  async remove(actor: Actor, itemId: string, fileId: string): Promise<EvidenceDetail> {
    const { item, enrolment } = await this.policy.requireAuthor(actor, itemId);
    const orphanKey = await this.db.transaction(async (manager) => {
      await this.enrolments.requirePortfolioOpen(manager, enrolment.id);
      const draft = await this.evidenceService.currentDraft(manager, item.id);
      const result = isRecordId(fileId)
        ? await this.evidence.unlinkFile(manager, draft.id, fileId)
        : { removed: false, orphanKey: null };
      if (!result.removed) throw DomainError.notFound('File');
      await this.audit.record(manager, {
        actorId: actor.userId,
        requestId: actor.requestId,
        centreId: enrolment.centreId,
        action: 'evidence.file_removed',
        subjectType: 'evidence',
        subjectId: item.id,
        before: { version: draft.number, fileId },
      });
      return result.orphanKey;
    });
    // After the commit: an object is only ever removed once nothing refers to it.
    if (orphanKey !== null) await this.vault.storage.remove(orphanKey);
    return this.evidenceService.get(actor, item.id);
  }

  /** For downloads and previews, to whoever may see an item holding the file; 404 to anyone else. */
  async open(
    actor: Actor,
    fileId: string,
    disposition: 'attachment' | 'inline',
  ): Promise<StoredFileDescriptor> {
    return this.descriptor(await this.policy.requireReadableFile(actor, fileId), disposition);
  }

  /**
   * For a signed address, to whoever holds it: whoever had it signed checked the person may read
   * the file. Refused once expired or changed in any part.
   */
  async openSigned(address: SignedFileAddress): Promise<StoredFileDescriptor> {
    if (!this.vault.verifySignedUrl(address))
      throw new DomainError(
        'FORBIDDEN',
        'This link to a file has expired or is not whole: open the file again from Signoff',
      );
    const file = await this.evidence.findFileByStorageKey(address.key);
    if (file === null) throw DomainError.notFound('File');
    return this.descriptor(file, address.disposition);
  }

  private descriptor(file: StoredFile, disposition: 'attachment' | 'inline'): StoredFileDescriptor {
    if (disposition === 'inline' && !file.previewable) {
      throw new DomainError(
        'UNSUPPORTED_MEDIA_TYPE',
        'This file cannot be shown in the browser; download it instead',
      );
    }
    const { storage } = this.vault;
    return {
      key: file.storageKey,
      size: file.size,
      mediaType: file.mediaType,
      originalName: file.originalName,
      disposition,
      read: (range) => storage.read(file.storageKey, range),
    };
  }
}

/** Retrying cannot help: the person must choose another file, or rename this one. */
function nameDisagrees(mediaType: string, extension: string, claimed: string): string {
  const promised = mediaTypeForExtension(claimed);
  const renamed = mediaType === MEDIA_TYPES.msOffice ? '.doc, .xls or .ppt' : `.${extension}`;
  return (
    `This file holds ${kindWords(mediaType)}, but its name ends in .${claimed}` +
    `${promised ? `, which is for ${kindWords(promised)}` : ''}. Choose the file you meant; ` +
    `or, if this is the right file, rename it to end in ${renamed} and add it again.`
  );
}

function tooLarge(maxBytes: number): DomainError {
  return new DomainError(
    'PAYLOAD_TOO_LARGE',
    `Files may be at most ${formatFileSize(maxBytes)}. Make this one smaller (a shorter recording, a lower resolution) or split it, then add it again`,
    undefined,
    CLOSE,
  );
}

function uploadRefusal(error: unknown, maxBytes: number): unknown {
  if (error instanceof UploadTooLarge) return tooLarge(maxBytes);
  if (error instanceof UnsupportedContentType) {
    return new DomainError(
      'UNSUPPORTED_MEDIA_TYPE',
      'This kind of file is not accepted. Save or export it as PDF, Word, Excel, PowerPoint, OpenDocument, JPEG, PNG, HEIC, MP4, MOV, M4A, MP3, WAV or plain text, then add it again',
      undefined,
      CLOSE,
    );
  }
  if (error instanceof UploadEmpty)
    return DomainError.invalid([
      { path: 'file', message: 'is empty: check that you chose the right file' },
    ]);
  if (error instanceof UploadAborted)
    return new DomainError('MALFORMED_REQUEST', 'The upload was interrupted; nothing was kept');
  return error;
}
