import { MEDIA_TYPES } from './content-type';
import { cleanOriginalName, downloadName } from './original-name';

describe('cleanOriginalName', () => {
  it.each([
    ['Unit 3 evidence.pdf', 'Unit 3 evidence.pdf'],
    ['C:\\Users\\amira\\Desktop\\photo.jpg', 'photo.jpg'],
    ['../../etc/passwd', 'passwd'],
    ['..', ''],
    ['name\u0000with\u0007controls\r\n.txt', 'namewithcontrols.txt'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['  spaced.txt  ', 'spaced.txt'],
    ['E\u0301valuation.pdf', 'Évaluation.pdf'],
    ['broken\ud800half.txt', 'broken\ufffdhalf.txt'],
  ])('%j → %j', (declared, cleaned) => {
    expect(cleanOriginalName(declared)).toBe(cleaned);
  });

  it('shortens a long name to 200 characters, keeping the extension', () => {
    const cleaned = cleanOriginalName(`${'é'.repeat(300)}.docx`);
    expect(Array.from(cleaned)).toHaveLength(200);
    expect(cleaned.endsWith('é.docx')).toBe(true);
  });
});

describe('downloadName', () => {
  it.each([
    ['photo.jpeg', MEDIA_TYPES.jpeg, 'photo.jpeg'],
    ['Report.PDF', MEDIA_TYPES.pdf, 'Report.PDF'],
    ['report.pdf', MEDIA_TYPES.png, 'report.pdf.png'],
    ['invoice.exe', MEDIA_TYPES.text, 'invoice.exe.txt'],
    ['notes', MEDIA_TYPES.text, 'notes.txt'],
    ['', MEDIA_TYPES.mp4, 'evidence.mp4'],
  ])('%j as %s downloads as %j', (original, mediaType, name) => {
    expect(downloadName(original, mediaType)).toBe(name);
  });
});
