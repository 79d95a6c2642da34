import { open, type FileHandle } from 'node:fs/promises';
import { contentTypeOf, MEDIA_TYPES, type DetectedContentType } from './content-type';

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_LENGTH = 20;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_LENGTH = 30;
const STORED = 0;
/** A real document's directory is kilobytes; more is not a document we accept. */
const MAX_CENTRAL_DIRECTORY_BYTES = 8 * 1024 * 1024;
const MAX_MIMETYPE_BYTES = 128;

const OPEN_DOCUMENT_TYPES = new Map<string, string>([
  [MEDIA_TYPES.odt, 'odt'],
  [MEDIA_TYPES.ods, 'ods'],
  [MEDIA_TYPES.odp, 'odp'],
]);

interface CentralEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/**
 * Which office document a staged ZIP is, from its central directory alone: bounded reads at the
 * end of the file, never the whole of it. Plain archives, JARs, EPUBs and macro-enabled Office
 * files are not accepted (null).
 */
export async function inspectZip(path: string): Promise<DetectedContentType | null> {
  const file = await open(path, 'r');
  try {
    const entries = await readCentralDirectory(file);
    if (!entries) return null;
    return (await openDocumentType(file, entries)) ?? officeOpenXmlType(entries);
  } finally {
    await file.close();
  }
}

function officeOpenXmlType(entries: CentralEntry[]): DetectedContentType | null {
  const names = entries.map((entry) => entry.name);
  if (!names.includes('[Content_Types].xml')) return null;
  // Macros would run in the assessor's Office; a .docm is not a .docx.
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) return null;
  if (names.some((name) => name.startsWith('word/')))
    return contentTypeOf(MEDIA_TYPES.docx, 'docx');
  if (names.some((name) => name.startsWith('xl/'))) return contentTypeOf(MEDIA_TYPES.xlsx, 'xlsx');
  if (names.some((name) => name.startsWith('ppt/'))) return contentTypeOf(MEDIA_TYPES.pptx, 'pptx');
  return null;
}

/** OpenDocument names itself in a `mimetype` entry, which the standard requires stored. */
async function openDocumentType(
  file: FileHandle,
  entries: CentralEntry[],
): Promise<DetectedContentType | null> {
  const entry = entries.find((candidate) => candidate.name === 'mimetype');
  if (!entry || entry.method !== STORED || entry.compressedSize > MAX_MIMETYPE_BYTES) return null;
  const header = await readExactly(file, entry.localHeaderOffset, LOCAL_HEADER_LENGTH);
  if (!header || header.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) return null;
  const dataOffset =
    entry.localHeaderOffset +
    LOCAL_HEADER_LENGTH +
    header.readUInt16LE(26) +
    header.readUInt16LE(28);
  const content = await readExactly(file, dataOffset, entry.compressedSize);
  const mediaType = content?.toString('latin1').trim();
  const extension = mediaType ? OPEN_DOCUMENT_TYPES.get(mediaType) : undefined;
  return mediaType && extension ? contentTypeOf(mediaType, extension) : null;
}

async function readCentralDirectory(file: FileHandle): Promise<CentralEntry[] | null> {
  const { size } = await file.stat();
  const tailLength = Math.min(size, EOCD_LENGTH + MAX_COMMENT_LENGTH);
  const tailStart = size - tailLength;
  const tail = await readExactly(file, tailStart, tailLength);
  if (!tail) return null;

  const eocd = findEndOfCentralDirectory(tail);
  if (eocd === null) return null;
  let entryCount = tail.readUInt16LE(eocd + 10);
  let directorySize = tail.readUInt32LE(eocd + 12);
  let directoryOffset = tail.readUInt32LE(eocd + 16);

  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const zip64 = await readZip64End(file, tail, eocd, tailStart);
    if (!zip64) return null;
    ({ entryCount, directorySize, directoryOffset } = zip64);
  }
  if (directorySize > MAX_CENTRAL_DIRECTORY_BYTES || directoryOffset + directorySize > size)
    return null;

  const directory = await readExactly(file, directoryOffset, directorySize);
  if (!directory) return null;
  return parseCentralDirectory(directory, entryCount);
}

/** The last EOCD signature whose comment length reaches exactly to the end of the file. */
function findEndOfCentralDirectory(tail: Buffer): number | null {
  for (let at = tail.length - EOCD_LENGTH; at >= 0; at--) {
    if (
      tail.readUInt32LE(at) === EOCD_SIGNATURE &&
      at + EOCD_LENGTH + tail.readUInt16LE(at + 20) === tail.length
    ) {
      return at;
    }
  }
  return null;
}

async function readZip64End(
  file: FileHandle,
  tail: Buffer,
  eocd: number,
  tailStart: number,
): Promise<{ entryCount: number; directorySize: number; directoryOffset: number } | null> {
  const locator = eocd - ZIP64_LOCATOR_LENGTH;
  if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const recordOffset = Number(tail.readBigUInt64LE(locator + 8));
  if (recordOffset > tailStart + locator) return null;
  const record = await readExactly(file, recordOffset, 56);
  if (!record || record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) return null;
  const entryCount = Number(record.readBigUInt64LE(32));
  const directorySize = Number(record.readBigUInt64LE(40));
  const directoryOffset = Number(record.readBigUInt64LE(48));
  return { entryCount, directorySize, directoryOffset };
}

function parseCentralDirectory(directory: Buffer, entryCount: number): CentralEntry[] | null {
  const entries: CentralEntry[] = [];
  let at = 0;
  for (let index = 0; index < entryCount; index++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_ENTRY_SIGNATURE)
      return null;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > directory.length) return null;
    entries.push({
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    });
    at = end;
  }
  return entries;
}

/** Exactly `length` bytes at `position`, or null when the file is shorter (a truncated ZIP). */
async function readExactly(
  file: FileHandle,
  position: number,
  length: number,
): Promise<Buffer | null> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await file.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) return null;
    filled += bytesRead;
  }
  return buffer;
}
