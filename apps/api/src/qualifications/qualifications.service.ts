import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ImportQualificationResponse,
  Page,
  QualificationDetail,
  QualificationDocument,
  QualificationListQuery,
  QualificationSummary,
  QualificationVersionDetail,
  RulesEvaluation,
} from '@signoff/contracts';
import {
  checkQualification,
  describeRules,
  evaluateRules,
  qualificationIdentity,
} from '@signoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import type { PageRequest } from '../database/query-page';
import { DomainError } from '../errors/domain-error';
import { isRecordId } from '../http/record-id';
import { contentHash } from '../audit/content-hash';
import type { EvaluateRulesDto } from './dto/evaluate-rules.dto';
import { PublishedVersions } from './published-versions';
import { QualificationsPolicy } from './qualifications.policy';
import { QualificationsRepository, type StoredVersion } from './qualifications.repository';
import { isQualificationDocument, schemaProblems } from './qualification-schema';

/** A stored version, as this service hands it to other capabilities. */
export type { StoredVersion };

/** Far more than a centre teaches at once: a document is a few hundred kilobytes at most. */
const PUBLISHED_VERSIONS_KEPT = 64;

/** Who changed the catalogue: an admin, or the system itself (the demo seed, the command line). */
export type CatalogueEditor = Pick<Actor, 'userId' | 'requestId'> | null;

@Injectable()
export class QualificationsService {
  private readonly published = new PublishedVersions(PUBLISHED_VERSIONS_KEPT);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: QualificationsRepository,
    private readonly policy: QualificationsPolicy,
    private readonly audit: AuditService,
  ) {}

  list(
    actor: Actor,
    query: QualificationListQuery & PageRequest,
  ): Promise<Page<QualificationSummary>> {
    return this.repository.findSummaries(this.policy.mayEdit(actor), query, query);
  }

  async detail(actor: Actor, id: string, number?: number): Promise<QualificationDetail> {
    const qualification = isRecordId(id) ? await this.repository.findQualification(id) : null;
    if (qualification === null) throw DomainError.notFound('Qualification');
    const versions = await this.repository.findVersions(id);
    const chosen = this.policy.chooseVersion(actor, versions, number);
    return {
      ...qualification,
      versions: this.policy.visibleVersions(actor, versions).map(summary),
      version: versionDetail(chosen),
      can: { edit: this.policy.mayEdit(actor) },
    };
  }

  /**
   * Stores a document as the draft of its qualification: a new qualification, a new draft
   * version after the published ones, or new content for the open draft. Nothing is stored when
   * the document breaks the schema; consistency problems are kept as warnings on the draft.
   */
  async import(editor: CatalogueEditor, document: unknown): Promise<ImportQualificationResponse> {
    const doc = requireDocument(document);
    return this.db.transaction(async (manager) => {
      const identity = qualificationIdentity(doc);
      // Two imports of a new qualification at once: the unique identity key lets one win; the
      // other then finds it on retry by the caller.
      const existing = await this.repository.findIdByIdentity(manager, identity);
      const qualificationId =
        existing ?? (await this.repository.insertQualification(manager, identity, doc));
      await this.repository.lockQualification(manager, qualificationId);
      const version = await this.storeDraft(
        manager,
        editor,
        qualificationId,
        doc,
        existing === null ? 'qualification.imported' : 'qualification.reimported',
      );
      return { qualificationId, version: versionDetail(version) };
    });
  }

  async saveDraft(
    actor: Actor,
    id: string,
    document: unknown,
  ): Promise<QualificationVersionDetail> {
    const doc = requireDocument(document);
    return this.db.transaction(async (manager) => {
      if (!isRecordId(id) || !(await this.repository.lockQualification(manager, id)))
        throw DomainError.notFound('Qualification');
      const identity = qualificationIdentity(doc);
      const holder = await this.repository.findIdByIdentity(manager, identity);
      if (holder !== null && holder !== id) {
        throw new DomainError(
          'CONFLICT',
          'Another qualification already has this awarding body and code',
          [
            {
              path: 'code',
              message: 'is already used by another qualification of this awarding body',
            },
          ],
        );
      }
      await this.repository.updateIdentity(manager, id, identity, doc);
      return versionDetail(
        await this.storeDraft(manager, actor, id, doc, 'qualification.draft_saved'),
      );
    });
  }

  async publish(editor: CatalogueEditor, id: string): Promise<QualificationVersionDetail> {
    return this.db.transaction(async (manager) => {
      if (!isRecordId(id) || !(await this.repository.lockQualification(manager, id)))
        throw DomainError.notFound('Qualification');
      const draft = await this.repository.findDraft(manager, id);
      if (draft === null)
        throw new DomainError(
          'CONFLICT',
          'There is no draft to publish; edit the qualification to make one',
        );
      const problems = checkQualification(draft.document);
      if (problems.length > 0) {
        throw new DomainError(
          'NOT_PUBLISHABLE',
          `Version ${draft.number} has ${problems.length} problem(s) to fix before publishing`,
          problems,
        );
      }
      await this.repository.markPublished(manager, draft.id, editor?.userId ?? null);
      await this.audit.record(manager, {
        actorId: editor?.userId ?? null,
        requestId: editor?.requestId,
        action: 'qualification.published',
        subjectType: 'qualification',
        subjectId: id,
        before: { version: draft.number, status: 'draft' },
        after: { version: draft.number, status: 'published', contentHash: draft.contentHash },
      });
      return versionDetail(await this.repository.findVersion(manager, draft.id));
    });
  }

  async evaluate(actor: Actor, id: string, request: EvaluateRulesDto): Promise<RulesEvaluation> {
    const qualification = isRecordId(id) ? await this.repository.findQualification(id) : null;
    if (qualification === null) throw DomainError.notFound('Qualification');
    const versions = await this.repository.findVersions(id);
    const published = versions.filter((version) => version.status === 'published');
    const chosen =
      request.version === undefined
        ? published[0]
        : this.policy.visibleVersions(actor, versions).find((v) => v.number === request.version);
    if (!chosen)
      throw DomainError.notFound(
        request.version === undefined ? 'Published version' : 'Qualification version',
      );
    return evaluateRules(chosen.document, { pathway: request.pathway, units: request.units });
  }

  /** Qualifications with this code (two awarding bodies may share one). */
  idsByCode(code: string): Promise<string[]> {
    return this.repository.findIdsByCode(code);
  }

  /** The version a new enrolment pins: the newest published one. */
  async newestPublished(qualificationId: string): Promise<StoredVersion | null> {
    return isRecordId(qualificationId)
      ? this.repository.findNewestPublished(qualificationId)
      : null;
  }

  /** A published version is read from the database once, then from memory. */
  async versionById(versionId: string): Promise<StoredVersion | null> {
    const kept = this.published.get(versionId);
    if (kept !== undefined) return kept;
    const version = await this.repository.findVersionById(versionId);
    return version === null ? null : this.published.keep(version);
  }

  private async storeDraft(
    manager: EntityManager,
    editor: CatalogueEditor,
    qualificationId: string,
    doc: QualificationDocument,
    action: string,
  ): Promise<StoredVersion> {
    const hash = contentHash(doc);
    const draft = await this.repository.findDraft(manager, qualificationId);
    const versionId =
      draft?.id ??
      (await this.repository.insertDraft(
        manager,
        qualificationId,
        doc,
        hash,
        editor?.userId ?? null,
      ));
    if (draft) await this.repository.updateDraft(manager, draft.id, doc, hash);
    const stored = await this.repository.findVersion(manager, versionId);
    await this.audit.record(manager, {
      actorId: editor?.userId ?? null,
      requestId: editor?.requestId,
      action,
      subjectType: 'qualification',
      subjectId: qualificationId,
      before: draft ? { version: draft.number, contentHash: draft.contentHash } : null,
      after: { version: stored.number, contentHash: hash },
    });
    return stored;
  }
}

function requireDocument(document: unknown): QualificationDocument {
  if (isQualificationDocument(document)) return document;
  throw DomainError.invalid(schemaProblems(document));
}

function summary(version: StoredVersion) {
  const { id, number, status, createdAt, publishedAt, publishedBy } = version;
  return { id, number, status, createdAt, publishedAt, publishedBy };
}

function versionDetail(version: StoredVersion): QualificationVersionDetail {
  return {
    ...summary(version),
    document: version.document,
    problems: checkQualification(version.document),
    rulesInWords: describeRules(version.document),
  };
}
