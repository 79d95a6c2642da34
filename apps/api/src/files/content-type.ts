/**
 * What an upload is, judged by its bytes and never by its name: a name is whatever the sender
 * chose, the bytes are what a viewer will parse. Only the kinds below are accepted; HTML, SVG
 * and XML never are, as a browser could run them.
 */
export interface DetectedContentType {
  mediaType: string;
  extension: string;
  /** Safe and useful to show in the browser (`inline`); everything else is only downloaded. */
  previewable: boolean;
}

export type HeadVerdict =
  | { verdict: 'allowed'; type: DetectedContentType }
  /** A ZIP container: what it holds decides, and that needs its directory (inspectZip). */
  | { verdict: 'zip' }
  | { verdict: 'refused'; seen: string }
  | { verdict: 'need-more' };

export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  m4a: 'audio/mp4',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  text: 'text/plain',
  msOffice: 'application/vnd.ms-office',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
} as const;

/**
 * Browsers show these reliably. HEIC and QuickTime are left out: most browsers cannot decode
 * HEIC or play HEVC in a .mov, so they are offered as downloads.
 */
const PREVIEWABLE: ReadonlySet<string> = new Set([
  MEDIA_TYPES.pdf,
  MEDIA_TYPES.jpeg,
  MEDIA_TYPES.png,
  MEDIA_TYPES.mp4,
  MEDIA_TYPES.m4a,
  MEDIA_TYPES.mp3,
  MEDIA_TYPES.wav,
]);

/** Extensions a download name may keep for each type; the first is the one we add. */
const EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  [MEDIA_TYPES.pdf]: ['pdf'],
  [MEDIA_TYPES.jpeg]: ['jpg', 'jpeg'],
  [MEDIA_TYPES.png]: ['png'],
  [MEDIA_TYPES.heic]: ['heic', 'heif'],
  [MEDIA_TYPES.mp4]: ['mp4', 'm4v'],
  [MEDIA_TYPES.mov]: ['mov', 'qt'],
  [MEDIA_TYPES.m4a]: ['m4a'],
  [MEDIA_TYPES.mp3]: ['mp3'],
  [MEDIA_TYPES.wav]: ['wav'],
  [MEDIA_TYPES.text]: ['txt', 'text', 'log', 'md', 'csv'],
  [MEDIA_TYPES.msOffice]: ['doc', 'xls', 'ppt', 'bin'],
  [MEDIA_TYPES.docx]: ['docx'],
  [MEDIA_TYPES.xlsx]: ['xlsx'],
  [MEDIA_TYPES.pptx]: ['pptx'],
  [MEDIA_TYPES.odt]: ['odt'],
  [MEDIA_TYPES.ods]: ['ods'],
  [MEDIA_TYPES.odp]: ['odp'],
};

/** Each kind as people name it, for messages about a file. */
const KIND_WORDS: Readonly<Record<string, string>> = {
  [MEDIA_TYPES.pdf]: 'a PDF',
  [MEDIA_TYPES.jpeg]: 'a JPEG image',
  [MEDIA_TYPES.png]: 'a PNG image',
  [MEDIA_TYPES.heic]: 'a HEIC photo',
  [MEDIA_TYPES.mp4]: 'an MP4 video',
  [MEDIA_TYPES.mov]: 'a QuickTime (MOV) video',
  [MEDIA_TYPES.m4a]: 'M4A audio',
  [MEDIA_TYPES.mp3]: 'MP3 audio',
  [MEDIA_TYPES.wav]: 'WAV audio',
  [MEDIA_TYPES.text]: 'plain text',
  [MEDIA_TYPES.msOffice]: 'an older Word, Excel or PowerPoint document',
  [MEDIA_TYPES.docx]: 'a Word document',
  [MEDIA_TYPES.xlsx]: 'an Excel workbook',
  [MEDIA_TYPES.pptx]: 'a PowerPoint presentation',
  [MEDIA_TYPES.odt]: 'an OpenDocument text',
  [MEDIA_TYPES.ods]: 'an OpenDocument spreadsheet',
  [MEDIA_TYPES.odp]: 'an OpenDocument presentation',
};

export function kindWords(mediaType: string): string {
  return KIND_WORDS[mediaType] ?? 'another kind of file';
}

/** The kind a file name's extension promises, if it is one of ours. */
export function mediaTypeForExtension(extension: string): string | undefined {
  return Object.keys(EXTENSIONS).find((mediaType) => EXTENSIONS[mediaType]?.includes(extension));
}

export function isPreviewable(mediaType: string): boolean {
  return PREVIEWABLE.has(mediaType);
}

export function extensionsOf(mediaType: string): readonly string[] {
  return EXTENSIONS[mediaType] ?? [];
}

export function contentTypeOf(mediaType: string, extension: string): DetectedContentType {
  return { mediaType, extension, previewable: isPreviewable(mediaType) };
}

/** Enough for every signature below; the longest (an ISO media `ftyp` brand) ends at byte 12. */
const SIGNATURE_BYTES = 12;

// ISO base media (`ftyp` box) major brands, as phones and cameras write them.
const HEIC_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];
const MP4_BRANDS = ['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'M4V '];

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * How much of the file the head is: a part with more to be offered, all that will be offered
 * (the head buffer is full), or the whole file.
 */
export type HeadExtent = 'partial' | 'head-full' | 'whole-file';

/**
 * Judges the first bytes of an upload. While the head is partial a refusal comes as soon as
 * the bytes prove one, and 'need-more' otherwise; after that the verdict is final.
 */
export function sniffHead(
  head: Buffer,
  options: { extent: HeadExtent; declaredName: string },
): HeadVerdict {
  // Shorter than a signature, a head can still become anything.
  if (head.length < SIGNATURE_BYTES && options.extent === 'partial')
    return { verdict: 'need-more' };
  const binary = binaryVerdict(head, options.declaredName);
  if (binary) return binary;
  return textVerdict(head, options.extent);
}

function binaryVerdict(head: Buffer, declaredName: string): HeadVerdict | null {
  const allowed = (mediaType: string, extension: string): HeadVerdict => ({
    verdict: 'allowed',
    type: contentTypeOf(mediaType, extension),
  });
  const ascii = (start: number, end: number) => head.toString('latin1', start, end);

  if (ascii(0, 5) === '%PDF-') return allowed(MEDIA_TYPES.pdf, 'pdf');
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff)
    return allowed(MEDIA_TYPES.jpeg, 'jpg');
  if (startsWith(head, PNG_SIGNATURE)) return allowed(MEDIA_TYPES.png, 'png');
  if (startsWith(head, OLE_SIGNATURE))
    return allowed(MEDIA_TYPES.msOffice, legacyOfficeExtension(declaredName));
  if (ascii(0, 4) === 'PK\x03\x04') return { verdict: 'zip' };
  if (ascii(0, 4) === 'PK\x05\x06') return { verdict: 'refused', seen: 'an empty ZIP archive' };

  if (ascii(4, 8) === 'ftyp' && head.length >= 12) {
    const brand = ascii(8, 12);
    if (HEIC_BRANDS.includes(brand)) return allowed(MEDIA_TYPES.heic, 'heic');
    if (MP4_BRANDS.includes(brand)) return allowed(MEDIA_TYPES.mp4, 'mp4');
    if (brand === 'qt  ') return allowed(MEDIA_TYPES.mov, 'mov');
    if (brand === 'M4A ') return allowed(MEDIA_TYPES.m4a, 'm4a');
    return { verdict: 'refused', seen: `ISO media of brand "${printable(brand)}"` };
  }
  if (ascii(0, 4) === 'RIFF' && head.length >= 12) {
    if (ascii(8, 12) === 'WAVE') return allowed(MEDIA_TYPES.wav, 'wav');
    return { verdict: 'refused', seen: `a RIFF container of form "${printable(ascii(8, 12))}"` };
  }
  if (isId3Tag(head) || isMpegAudioFrame(head)) return allowed(MEDIA_TYPES.mp3, 'mp3');
  return null;
}

/** OLE files are Word, Excel or PowerPoint alike; the declared name only picks the extension. */
function legacyOfficeExtension(declaredName: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(declaredName)?.[1]?.toLowerCase();
  return extension === 'doc' || extension === 'xls' || extension === 'ppt' ? extension : 'bin';
}

function isId3Tag(head: Buffer): boolean {
  // "ID3", then a major version and a revision that are never 0xFF.
  return (
    head.toString('latin1', 0, 3) === 'ID3' &&
    head.length >= 5 &&
    head[3] !== 0xff &&
    head[4] !== 0xff
  );
}

/**
 * An MP3 frame header: 11 set sync bits, a version that is not reserved, Layer III, and a
 * bitrate and sample rate that are not reserved. Anything looser also matches other data: a
 * UTF-16 byte order mark is a valid Layer I header.
 */
function isMpegAudioFrame(head: Buffer): boolean {
  if (head.length < 4 || head[0] !== 0xff || (head[1] & 0xe0) !== 0xe0) return false;
  const version = (head[1] >> 3) & 0b11;
  const layer = (head[1] >> 1) & 0b11;
  const bitrate = head[2] >> 4;
  const sampleRate = (head[2] >> 2) & 0b11;
  return (
    version !== 0b01 &&
    layer === 0b01 &&
    bitrate !== 0b0000 &&
    bitrate !== 0b1111 &&
    sampleRate !== 0b11
  );
}

/**
 * No WHATWG "binary data byte": control characters no text contains (tab, line feed, form
 * feed, carriage return and escape are text).
 */
function couldBeText(head: Buffer): boolean {
  for (const byte of head) {
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0c &&
      byte !== 0x0d &&
      byte !== 0x1b
    ) {
      return false;
    }
  }
  return true;
}

function textVerdict(head: Buffer, extent: HeadExtent): HeadVerdict {
  if (!couldBeText(head)) return { verdict: 'refused', seen: binaryDescription(head) };
  let text: string;
  try {
    // Unless this is the whole file, a character cut at the end of the head is not an error.
    const stream = extent !== 'whole-file';
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(head, { stream });
  } catch {
    return { verdict: 'refused', seen: binaryDescription(head) };
  }
  const start = text.replace(/^\uFEFF/, '').replace(/^[\t\n\f\r ]+/, '');
  // Any tag-like opening (<html, <svg, <?xml, <!doctype, <script, <!--, ...): a browser that
  // ignored our headers could run it. Broader than a list of tags, so no tag is forgotten.
  if (/^<[a-z!?/]/i.test(start)) return { verdict: 'refused', seen: 'HTML, SVG or XML markup' };
  if (extent !== 'partial')
    return { verdict: 'allowed', type: contentTypeOf(MEDIA_TYPES.text, 'txt') };
  return { verdict: 'need-more' };
}

function binaryDescription(head: Buffer): string {
  return `binary data starting ${head.subarray(0, 8).toString('hex')}`;
}

function startsWith(head: Buffer, signature: Buffer): boolean {
  return head.length >= signature.length && head.subarray(0, signature.length).equals(signature);
}

function printable(value: string): string {
  return value.replace(/[^\x20-\x7e]/g, '?');
}
