import { MEDIA_TYPES, sniffHead, type HeadExtent } from './content-type';
import {
  ftypBox,
  HEIC,
  JPEG,
  M4A,
  MOV,
  MP3_FRAME,
  MP3_WITH_ID3,
  MP4,
  OLE,
  PDF,
  PNG,
  TEXT,
  TEXT_WITH_BOM,
  WAV,
} from './testing/evidence-samples';

function sniff(head: Buffer, declaredName = 'evidence', extent: HeadExtent = 'whole-file') {
  return sniffHead(head, { extent, declaredName });
}

describe('sniffHead', () => {
  it.each<[string, Buffer, string, string, boolean]>([
    ['PDF', PDF, MEDIA_TYPES.pdf, 'pdf', true],
    ['JPEG', JPEG, MEDIA_TYPES.jpeg, 'jpg', true],
    ['PNG', PNG, MEDIA_TYPES.png, 'png', true],
    ['HEIC', HEIC, MEDIA_TYPES.heic, 'heic', false],
    ['HEIF (mif1)', ftypBox('mif1', 'heic'), MEDIA_TYPES.heic, 'heic', false],
    ['MP4 (isom)', MP4, MEDIA_TYPES.mp4, 'mp4', true],
    ['MP4 (mp42)', ftypBox('mp42', 'isom'), MEDIA_TYPES.mp4, 'mp4', true],
    ['MOV', MOV, MEDIA_TYPES.mov, 'mov', false],
    ['M4A', M4A, MEDIA_TYPES.m4a, 'm4a', true],
    ['MP3 with an ID3 tag', MP3_WITH_ID3, MEDIA_TYPES.mp3, 'mp3', true],
    ['MP3 starting with a frame', MP3_FRAME, MEDIA_TYPES.mp3, 'mp3', true],
    ['WAV', WAV, MEDIA_TYPES.wav, 'wav', true],
    ['UTF-8 text', TEXT, MEDIA_TYPES.text, 'txt', false],
    ['UTF-8 text with a BOM', TEXT_WITH_BOM, MEDIA_TYPES.text, 'txt', false],
    ['a short text', Buffer.from('ok'), MEDIA_TYPES.text, 'txt', false],
    ['legacy Office', OLE, MEDIA_TYPES.msOffice, 'bin', false],
  ])('detects %s by its bytes', (_kind, head, mediaType, extension, previewable) => {
    expect(sniff(head)).toEqual({
      verdict: 'allowed',
      type: { mediaType, extension, previewable },
    });
  });

  it('ignores the declared name: a PNG named .pdf is a PNG', () => {
    expect(sniff(PNG, 'report.pdf')).toMatchObject({ type: { mediaType: MEDIA_TYPES.png } });
  });

  it('ignores the declared name: text named .png is text', () => {
    expect(sniff(TEXT, 'photo.png')).toMatchObject({ type: { mediaType: MEDIA_TYPES.text } });
  });

  it.each([
    ['report.doc', 'doc'],
    ['Budget.XLS', 'xls'],
    ['slides.ppt', 'ppt'],
    ['message.msg', 'bin'],
  ])('takes only the extension of legacy Office from the name (%s → %s)', (name, extension) => {
    expect(sniff(OLE, name)).toMatchObject({
      type: { mediaType: MEDIA_TYPES.msOffice, extension },
    });
  });

  it('asks for the ZIP directory when the head is a ZIP', () => {
    expect(sniff(Buffer.from('PK\x03\x04\x14\x00\x00\x00\x00\x00', 'latin1'))).toEqual({
      verdict: 'zip',
    });
  });

  it.each([
    ['HTML', '<!DOCTYPE html><html><body>hi</body></html>'],
    ['HTML in lower case', '<!doctype html>'],
    ['an html element', '<html lang="en">'],
    ['SVG', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['XML', '<?xml version="1.0"?><svg/>'],
    ['a script', '<script>alert(document.cookie)</script>'],
    ['a script in capitals', '<SCRIPT>alert(1)</SCRIPT>'],
    ['markup after whitespace', ' \r\n\t <html>'],
    ['markup after a BOM and whitespace', '\ufeff\n<svg>'],
    ['an HTML comment', '<!-- hi --><p>'],
    ['any other tag', '<iframe src="https://evil.example">'],
  ])('refuses %s', (_kind, text) => {
    expect(sniff(Buffer.from(text, 'utf8'))).toEqual({
      verdict: 'refused',
      seen: 'HTML, SVG or XML markup',
    });
  });

  it('accepts text that merely mentions markup later on', () => {
    expect(sniff(Buffer.from('Notes on <html> tags for unit 4', 'utf8'))).toMatchObject({
      verdict: 'allowed',
    });
  });

  it.each<[string, Buffer]>([
    ['every byte value', Buffer.from(Array.from({ length: 256 }, (_, n) => n))],
    ['a GIF (not on the list)', Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00', 'latin1')],
    ['a Windows executable', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62)])],
    ['UTF-16 text', Buffer.from('\ufeffhello', 'utf16le')],
    [
      'invalid UTF-8',
      Buffer.from([0x68, 0x69, 0xc3, 0x28, 0x80, 0x81, 0xfe, 0xff, 0x41, 0x42, 0x43, 0x44]),
    ],
    ['ISO media of another brand (AVIF)', ftypBox('avif', 'mif1', 'miaf')],
    ['a RIFF that is not WAVE (AVI)', Buffer.from('RIFF\x00\x00\x00\x00AVI LIST', 'latin1')],
    ['an empty ZIP', Buffer.from('PK\x05\x06' + '\x00'.repeat(18), 'latin1')],
  ])('refuses %s', (_kind, head) => {
    expect(sniff(head)).toMatchObject({ verdict: 'refused' });
  });

  it('refuses binary junk on its first bytes, before the head is full', () => {
    expect(
      sniff(
        Buffer.from([0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b]),
        '',
        'partial',
      ),
    ).toMatchObject({ verdict: 'refused' });
  });

  it('refuses markup on its first bytes', () => {
    expect(
      sniff(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"'), '', 'partial'),
    ).toMatchObject({ verdict: 'refused' });
  });

  it('waits for more while a short head could still be a signature', () => {
    expect(sniff(PNG.subarray(0, 4), '', 'partial')).toEqual({ verdict: 'need-more' });
  });

  it('waits for more while text could still turn out to be markup or binary', () => {
    expect(sniff(Buffer.from('            <'), '', 'partial')).toEqual({ verdict: 'need-more' });
    expect(sniff(TEXT, '', 'partial')).toEqual({ verdict: 'need-more' });
  });

  it('accepts a full head of text that ends inside a multi-byte character', () => {
    const cut = Buffer.from('é'.repeat(10), 'utf8').subarray(0, 19);
    expect(sniff(cut, '', 'head-full')).toMatchObject({ verdict: 'allowed' });
    expect(sniff(cut, '', 'whole-file')).toMatchObject({ verdict: 'refused' });
  });
});
