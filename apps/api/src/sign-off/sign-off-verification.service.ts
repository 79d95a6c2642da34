import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { SignOffVerification } from '@signoff/contracts';
import { contentChanges, signOffContent, type EvidenceLabel } from '@signoff/domain';
import type { Actor } from '../auth/actor';
import { InjectFileVault, type FileVault } from '../files/file-vault';
import { storedObjectSha256 } from '../files/stored-object-sha256';
import { SignOffRecordsRepository } from './sign-off-records.repository';
import { SignOffRecordsService } from './sign-off-records.service';

/**
 * Verifying a signature: its content rebuilt from the stored rows (the evidence versions it
 * names, their declarations as stored, the acceptances whose mappings it used) and from every
 * file's bytes as storage holds them now, hashed, and compared with what was signed.
 */
@Injectable()
export class SignOffVerificationService {
  constructor(
    @InjectFileVault() private readonly vault: FileVault,
    private readonly records: SignOffRecordsService,
    private readonly repository: SignOffRecordsRepository,
  ) {}

  /** For whoever may read the signature. */
  async verify(actor: Actor, id: string): Promise<SignOffVerification> {
    const record = await this.records.record(actor, id);
    const versions = await this.repository.reliedOn(record.id);
    const labels: EvidenceLabel[] = [];
    // One file at a time, each streamed: a signature over many large videos costs no more memory.
    for (const version of versions) {
      const files: EvidenceLabel['files'][number][] = [];
      for (const file of version.files)
        files.push({
          name: file.name,
          recordedSha256: file.recordedSha256,
          sha256: await storedObjectSha256(this.vault.storage, file.storageKey),
        });
      labels.push({
        itemId: version.itemId,
        version: version.version,
        title: version.title,
        files,
      });
    }
    const recomputed = {
      enrolmentId: record.enrolmentId,
      unit: record.unit,
      kind: record.kind,
      rows: record.rows,
      statement: record.statement,
      evidence: versions.map((version, index) => ({
        itemId: version.itemId,
        version: version.version,
        declarationSha256: version.declarationSha256,
        mapping: version.mapping,
        fileSha256s: labels[index].files.flatMap((file) =>
          file.sha256 === null ? [] : [file.sha256],
        ),
      })),
    };
    const recomputedSha256 = sha256(signOffContent(recomputed));
    const storedContentMatchesHash = sha256(record.content) === record.contentSha256;
    const intact = storedContentMatchesHash && recomputedSha256 === record.contentSha256;
    return {
      intact,
      storedSha256: record.contentSha256,
      recomputedSha256,
      changes: intact
        ? []
        : contentChanges({
            storedContent: record.content,
            storedContentMatchesHash,
            recomputed,
            labels,
          }),
    };
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
