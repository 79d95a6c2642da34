/** Test support: the smallest byte sequences each allowed kind of evidence starts with. */
function bytes(...parts: (string | number[] | Buffer)[]): Buffer {
  return Buffer.concat(
    parts.map((part) =>
      typeof part === 'string'
        ? Buffer.from(part, 'latin1')
        : Buffer.isBuffer(part)
          ? part
          : Buffer.from(part),
    ),
  );
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
}

/** An ISO base media file's first box: `ftyp`, a major brand, a version, compatible brands. */
export function ftypBox(majorBrand: string, ...compatible: string[]): Buffer {
  const body = bytes(majorBrand, [0, 0, 0, 0], ...compatible);
  return bytes(u32(8 + body.length), 'ftyp', body, u32(8), 'free');
}

/** A whole 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export const PDF = bytes(
  '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
  '2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

export const JPEG = bytes(
  [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10],
  'JFIF',
  [0, 1, 1, 0, 0, 1, 0, 1, 0, 0],
);

export const HEIC = ftypBox('heic', 'mif1', 'heic');
export const MP4 = ftypBox('isom', 'isom', 'iso2', 'avc1', 'mp41');
export const MOV = ftypBox('qt  ', 'qt  ');
export const M4A = ftypBox('M4A ', 'M4A ', 'mp42', 'isom');

/** ID3v2.4 header (no frames), then an MPEG-1 Layer III frame header. */
export const MP3_WITH_ID3 = bytes(
  'ID3',
  [4, 0, 0, 0, 0, 0, 0],
  [0xff, 0xfb, 0x90, 0x64],
  Buffer.alloc(32),
);
/** MPEG-1 Layer III, 128 kbit/s, 44.1 kHz: the frame sync a tagless MP3 starts with. */
export const MP3_FRAME = bytes([0xff, 0xfb, 0x90, 0x64], Buffer.alloc(413));

export const WAV = bytes(
  'RIFF',
  [36, 0, 0, 0],
  'WAVEfmt ',
  [16, 0, 0, 0, 1, 0, 1, 0, 0x44, 0xac, 0, 0, 0x88, 0x58, 1, 0, 2, 0, 16, 0],
  'data',
  [0, 0, 0, 0],
);

export const OLE = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], Buffer.alloc(504));

export const TEXT = Buffer.from(
  'Reflective account: I completed the first-aid unit.\nÉvaluation finale ✓\n',
  'utf8',
);
export const TEXT_WITH_BOM = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), TEXT]);
