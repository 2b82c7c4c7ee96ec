import { createHash } from 'node:crypto';
import { allowedFileTypes, finalStates, type AllowedFileType } from '../../../common/matters.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { seRules } from '../../rules/se.ts';
import type { FileStore } from '../../storage/file-store.ts';
import { recordChange } from '../audit/audit.service.ts';
import {
  addEvent,
  canSeeConfidential,
  canSeeConfidentialMatter,
  loadContext,
  requireAction,
  requireMatter,
  toDocumentDto,
  toFileDto,
} from './matters.common.ts';
import type { CreateDocumentInput, DocumentDto, FileDto, UpdateDocumentInput } from './matters.contract.ts';
import * as repo from './matters.repository.ts';

/** Where the law asks for the sender or recipient of a registered document, by country. */
const correspondentSource = { se: seRules.registration.source, no: 'Noark 5 korrespondansepart' } as const;

function documentConfidentiality(input: {
  description: string;
  publicDescription?: string | null;
  confidential: boolean;
  confidentialityGround?: string | null;
}) {
  if (!input.confidential)
    return { confidential: false, confidentialityGround: null, publicDescription: input.description };
  const issues = [
    ...(!input.confidentialityGround
      ? [{ path: 'body.confidentialityGround', message: 'required when confidential' }]
      : []),
    ...(!input.publicDescription
      ? [{ path: 'body.publicDescription', message: 'required when confidential' }]
      : []),
  ];
  if (issues.length > 0)
    throw new AppError('VALIDATION', 'error.confidential_fields', { count: issues.length }, { issues });
  return {
    confidential: true,
    confidentialityGround: input.confidentialityGround ?? null,
    publicDescription: input.publicDescription ?? '',
  };
}

/**
 * Registers a document in a matter with the facts the registry must hold: date, number, sender
 * or recipient, and short content (OSL 5 kap. 2 §), and the Noark 5 journal entry's year,
 * sequence, type and status. A document in a confidential matter is confidential too.
 * @throws FORBIDDEN; NOT_FOUND; RULE_VIOLATION when an incoming or outgoing document names no
 * correspondent; VALIDATION for confidentiality without its ground; CONFLICT for a closed matter
 */
export async function registerDocument(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    matterId: string;
    document: CreateDocumentInput;
    now?: Date;
  },
): Promise<DocumentDto> {
  const { actor, municipalityId, matterId, document } = input;
  requireAction(actor, 'matters.register', municipalityId);
  return db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId, input.now);
    const matter = await requireMatter(tx, municipalityId, matterId, true);
    if (matter.confidential && !canSeeConfidential(actor, municipalityId)) throw forbidden();
    if (finalStates.includes(matter.state))
      throw new AppError('CONFLICT', 'error.matter_final').withTerms({
        state: `matter.state.${matter.state}`,
      });
    if ((document.direction === 'incoming' || document.direction === 'outgoing') && !document.correspondent) {
      throw AppError.ruleViolation(
        { rule: 'correspondent_required', source: correspondentSource[ctx.jurisdiction] },
        { path: 'body.correspondent' },
        { key: 'error.correspondent_required' },
      );
    }
    const confidential = (document.confidential ?? false) || matter.confidential;
    const year = Number(ctx.today.slice(0, 4));
    const row = await repo.insertDocument(tx, {
      municipalityId,
      matterId,
      number: await repo.nextDocumentNumber(tx, matterId),
      journalYear: year,
      journalSequence: await repo.nextSequence(tx, municipalityId, 'journal', year),
      direction: document.direction,
      documentDate: document.documentDate,
      registeredOn: ctx.today,
      correspondent: document.correspondent ?? null,
      description: document.description,
      ...documentConfidentiality({
        description: document.description,
        publicDescription: document.publicDescription,
        confidential,
        confidentialityGround:
          document.confidentialityGround ?? (matter.confidential ? matter.confidentialityGround : null),
      }),
      searchConfig: ctx.searchConfig,
      registeredBy: actor.userId,
    });
    await addEvent(tx, actor, matter, {
      kind: 'document_added',
      data: {
        documentId: row.id,
        number: row.number,
        direction: row.direction,
        description: row.publicDescription,
      },
      public: !row.confidential,
    });
    await recordChange(tx, actor, {
      municipalityId,
      action: 'document.register',
      entityType: 'matter_document',
      entityId: row.id,
      after: { matterId, number: row.number, direction: row.direction, confidential: row.confidential },
    });
    return toDocumentDto(row, []);
  });
}

/**
 * Changes a document's journal status, correspondent, description or confidentiality.
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT on a stale version
 */
export async function updateDocument(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    matterId: string;
    documentId: string;
    patch: UpdateDocumentInput;
  },
): Promise<DocumentDto> {
  const { actor, municipalityId, matterId, documentId, patch } = input;
  requireAction(actor, 'matters.register', municipalityId);
  if (!canSeeConfidential(actor, municipalityId)) throw forbidden();
  return db.transaction(async (tx) => {
    const matter = await requireMatter(tx, municipalityId, matterId);
    const current = await repo.findDocument(tx, municipalityId, matterId, documentId);
    if (!current) throw notFound();
    const { version, ...changes } = patch;
    const description = changes.description ?? current.description;
    const confidentiality = documentConfidentiality({
      description,
      confidential: (changes.confidential ?? current.confidential) || matter.confidential,
      publicDescription:
        changes.publicDescription !== undefined ? changes.publicDescription : current.publicDescription,
      confidentialityGround:
        changes.confidentialityGround !== undefined
          ? changes.confidentialityGround
          : current.confidentialityGround,
    });
    const row = await repo.updateDocument(tx, documentId, version, { ...changes, ...confidentiality });
    if (!row) throw staleVersion(current.version);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'document.update',
      entityType: 'matter_document',
      entityId: documentId,
      before: { status: current.status, confidential: current.confidential },
      after: { status: row.status, confidential: row.confidential },
    });
    return toDocumentDto(row, await repo.findFilesOfDocuments(tx, [documentId]));
  });
}

/** What a file's first bytes say it is, for the types a document may carry. */
export function detectFileType(data: Buffer): AllowedFileType | null {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    // An OpenDocument file stores its media type uncompressed as the first entry of the zip.
    if (
      data.subarray(30, 38).toString('latin1') === 'mimetype' &&
      data.subarray(38, 77).toString('latin1') === 'application/vnd.oasis.opendocument.text'
    ) {
      return 'application/vnd.oasis.opendocument.text';
    }
    if (data.includes(Buffer.from('word/'))) {
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    }
  }
  return null;
}

const allowedNames = Object.values(allowedFileTypes)
  .map((e) => e.toUpperCase())
  .join(', ');

/**
 * Adds a file to a document: PDF, DOCX, ODT, PNG or JPEG, within the size limit, whose content is
 * the type it claims; stored by its SHA-256 (the same content is kept once).
 * @throws VALIDATION for an empty file; PAYLOAD_TOO_LARGE over the limit; UNSUPPORTED_MEDIA_TYPE
 * for another type or content that is not what it claims; FORBIDDEN; NOT_FOUND
 */
export async function addFile(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    matterId: string;
    documentId: string;
    fileName: string;
    contentType: string;
    data: Buffer;
    store: FileStore;
    maxBytes: number;
  },
): Promise<FileDto> {
  const { actor, municipalityId, matterId, documentId, data } = input;
  requireAction(actor, 'matters.register', municipalityId);
  const contentType = input.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (data.length === 0) throw new AppError('VALIDATION', 'error.file_empty', { count: 1 });
  if (data.length > input.maxBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'error.file_too_large', {
      max: Math.floor(input.maxBytes / 1_048_576),
    });
  }
  if (!Object.hasOwn(allowedFileTypes, contentType)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'error.file_type', { allowed: allowedNames });
  }
  if (detectFileType(data) !== contentType) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'error.file_content', {
      type: allowedFileTypes[contentType as AllowedFileType].toUpperCase(),
    });
  }
  const sha256 = createHash('sha256').update(data).digest('hex');
  const storageKey = `${municipalityId}/${sha256}`;
  return db.transaction(async (tx) => {
    const matter = await requireMatter(tx, municipalityId, matterId);
    if (matter.confidential && !canSeeConfidential(actor, municipalityId)) throw forbidden();
    const document = await repo.findDocument(tx, municipalityId, matterId, documentId);
    if (!document) throw notFound();
    if (document.status === 'cancelled') throw new AppError('CONFLICT', 'error.document_cancelled');
    await input.store.put(storageKey, data);
    const row = await repo.insertFile(tx, {
      municipalityId,
      documentId,
      fileName: input.fileName,
      contentType,
      size: data.length,
      sha256,
      storageKey,
      uploadedBy: actor.userId,
    });
    await addEvent(tx, actor, matter, {
      kind: 'file_added',
      data: { documentId, number: document.number, fileName: document.confidential ? null : input.fileName },
      public: !document.confidential,
    });
    await recordChange(tx, actor, {
      municipalityId,
      action: 'file.add',
      entityType: 'matter_file',
      entityId: row.id,
      after: { documentId, sha256, size: data.length, contentType },
    });
    return toFileDto(row);
  });
}

/**
 * A file's content for download. The public gets files only of open documents in open matters;
 * confidential ones only with the right to read confidential matters. The checksum is verified.
 * @throws NOT_FOUND (also for what the caller may not see, so its existence is not revealed)
 */
export async function readFile(
  db: Db,
  input: {
    actor: Actor | null;
    municipalityId: string;
    fileId: string;
    matterId?: string;
    documentId?: string;
    store: FileStore;
  },
): Promise<{ file: FileDto; data: Buffer }> {
  const { actor, municipalityId, fileId } = input;
  const found = await repo.findFileWithParents(db, municipalityId, fileId);
  if (
    !found ||
    (input.matterId && found.matter.id !== input.matterId) ||
    (input.documentId && found.document.id !== input.documentId)
  ) {
    throw notFound();
  }
  const secret = found.matter.confidential || found.document.confidential;
  if (actor === null) {
    if (secret || found.document.status === 'cancelled') throw notFound();
  } else {
    requireAction(actor, 'matters.read', municipalityId);
    if (secret && !(await canSeeConfidentialMatter(db, actor, municipalityId, found.matter.id))) {
      throw notFound();
    }
  }
  const data = await input.store.get(found.file.storageKey);
  if (createHash('sha256').update(data).digest('hex') !== found.file.sha256) {
    throw new Error(`Stored file ${fileId} does not match its checksum`);
  }
  return { file: toFileDto(found.file), data };
}
