import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MEDIA_TYPES } from './content-type';
import { inspectZip } from './inspect-zip';
import { storedZip, writeStoredZip, type ZipEntry } from './testing/stored-zip';

const CONTENT_TYPES = { name: '[Content_Types].xml', content: '<?xml version="1.0"?><Types/>' };
const RELS = { name: '_rels/.rels', content: '<?xml version="1.0"?><Relationships/>' };

describe('inspectZip', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'inspect-zip-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function inspect(
    zip: Buffer,
  ): Promise<ReturnType<typeof inspectZip> extends Promise<infer T> ? T : never> {
    const path = join(dir, `${Math.random().toString(16).slice(2)}.zip`);
    await writeFile(path, zip);
    return inspectZip(path);
  }

  it.each<[string, ZipEntry[], string, string]>([
    [
      'a Word document',
      [CONTENT_TYPES, RELS, { name: 'word/document.xml', content: '<w:document/>' }],
      MEDIA_TYPES.docx,
      'docx',
    ],
    [
      'an Excel workbook',
      [CONTENT_TYPES, RELS, { name: 'xl/workbook.xml', content: '<workbook/>' }],
      MEDIA_TYPES.xlsx,
      'xlsx',
    ],
    [
      'a PowerPoint deck',
      [CONTENT_TYPES, RELS, { name: 'ppt/presentation.xml', content: '<p/>' }],
      MEDIA_TYPES.pptx,
      'pptx',
    ],
    [
      'an OpenDocument text',
      [
        { name: 'mimetype', content: MEDIA_TYPES.odt },
        { name: 'content.xml', content: '<office/>' },
      ],
      MEDIA_TYPES.odt,
      'odt',
    ],
    [
      'an OpenDocument spreadsheet',
      [
        { name: 'mimetype', content: MEDIA_TYPES.ods },
        { name: 'content.xml', content: '<x/>' },
      ],
      MEDIA_TYPES.ods,
      'ods',
    ],
    [
      'an OpenDocument presentation',
      [
        { name: 'mimetype', content: MEDIA_TYPES.odp },
        { name: 'content.xml', content: '<x/>' },
      ],
      MEDIA_TYPES.odp,
      'odp',
    ],
  ])('recognises %s from its directory', async (_kind, entries, mediaType, extension) => {
    expect(await inspect(storedZip(entries))).toEqual({ mediaType, extension, previewable: false });
  });

  it('finds the directory behind an archive comment', async () => {
    const zip = storedZip(
      [CONTENT_TYPES, { name: 'word/document.xml', content: '<w/>' }],
      'made by a phone app',
    );
    expect(await inspect(zip)).toMatchObject({ mediaType: MEDIA_TYPES.docx });
  });

  it.each<[string, ZipEntry[]]>([
    [
      'a plain archive',
      [
        { name: 'notes.txt', content: 'hello' },
        { name: 'photo.png', content: 'x' },
      ],
    ],
    [
      'a Java archive',
      [
        { name: 'META-INF/MANIFEST.MF', content: 'Manifest-Version: 1.0\n' },
        { name: 'A.class', content: 'x' },
      ],
    ],
    [
      'an EPUB',
      [
        { name: 'mimetype', content: 'application/epub+zip' },
        { name: 'META-INF/container.xml', content: '<c/>' },
      ],
    ],
    ['a content-types file alone', [CONTENT_TYPES, RELS]],
    ['Office parts without content types', [{ name: 'word/document.xml', content: '<w/>' }]],
    [
      'a macro-enabled Word document',
      [
        CONTENT_TYPES,
        { name: 'word/document.xml', content: '<w/>' },
        { name: 'word/vbaProject.bin', content: 'x' },
      ],
    ],
    [
      'another OpenDocument kind (drawing)',
      [{ name: 'mimetype', content: 'application/vnd.oasis.opendocument.graphics' }],
    ],
  ])('refuses %s', async (_kind, entries) => {
    expect(await inspect(storedZip(entries))).toBeNull();
  });

  it('refuses a truncated archive', async () => {
    const zip = storedZip([CONTENT_TYPES, { name: 'word/document.xml', content: '<w/>' }]);
    expect(await inspect(zip.subarray(0, zip.length - 10))).toBeNull();
  });

  it('refuses an archive whose directory offset points past the end', async () => {
    const zip = storedZip([CONTENT_TYPES, { name: 'word/document.xml', content: '<w/>' }]);
    zip.writeUInt32LE(0x7fffffff, zip.length - 6);
    expect(await inspect(zip)).toBeNull();
  });

  it('reads only the directory of a 3 GiB archive, not its content', async () => {
    // A sparse file: reading it whole would take seconds and more memory than a Buffer holds.
    const path = join(dir, 'large.odt');
    await writeStoredZip(path, [
      { name: 'mimetype', content: MEDIA_TYPES.odt },
      { name: 'media/recording.wav', content: { hole: 3 * 1024 ** 3 } },
      { name: 'content.xml', content: '<office/>' },
    ]);
    expect(await inspectZip(path)).toMatchObject({ mediaType: MEDIA_TYPES.odt });
  });
});
