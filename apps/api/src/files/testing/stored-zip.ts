import { open } from 'node:fs/promises';

/**
 * Test support: a valid ZIP of uncompressed ("stored") entries, built byte by byte so the
 * tests need no archiver and no zlib.
 */
export interface ZipEntry {
  name: string;
  /** `{ hole }`: that many zero bytes, left unwritten on disk (a sparse file) and not CRC'd. */
  content: string | Buffer | { hole: number };
}

type Segment = Buffer | { hole: number };

export function storedZip(entries: ZipEntry[], comment = ''): Buffer {
  return Buffer.concat(
    layout(entries, comment).map((segment) =>
      Buffer.isBuffer(segment) ? segment : Buffer.alloc(segment.hole),
    ),
  );
}

/** Writes the ZIP to disk with its holes unwritten, so gigabytes cost nothing. */
export async function writeStoredZip(path: string, entries: ZipEntry[]): Promise<void> {
  const file = await open(path, 'w');
  try {
    let position = 0;
    for (const segment of layout(entries, '')) {
      if (Buffer.isBuffer(segment)) await file.write(segment, 0, segment.length, position);
      position += Buffer.isBuffer(segment) ? segment.length : segment.hole;
    }
  } finally {
    await file.close();
  }
}

function layout(entries: ZipEntry[], comment: string): Segment[] {
  const locals: Segment[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const content: Segment =
      typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : entry.content;
    const length = Buffer.isBuffer(content) ? content.length : content.hole;
    const crc = Buffer.isBuffer(content) ? crc32(content) : 0;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(length, 18);
    local.writeUInt32LE(length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, content);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(length, 20);
    central.writeUInt32LE(length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + length;
  }
  const directory = Buffer.concat(centrals);
  const commentBytes = Buffer.from(comment, 'utf8');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(commentBytes.length, 20);
  return [...locals, directory, end, commentBytes];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
