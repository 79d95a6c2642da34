import { contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  it.each([
    ['report.pdf', `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`],
    [
      'Évaluation "finale".pdf',
      `attachment; filename="_valuation _finale_.pdf"; filename*=UTF-8''%C3%89valuation%20%22finale%22.pdf`,
    ],
    ['back\\slash.txt', `attachment; filename="back_slash.txt"; filename*=UTF-8''back%5Cslash.txt`],
    [
      "it's (1)*.txt",
      `attachment; filename="it's (1)*.txt"; filename*=UTF-8''it%27s%20%281%29%2A.txt`,
    ],
    [
      '写真 📷.jpg',
      `attachment; filename="__ _.jpg"; filename*=UTF-8''%E5%86%99%E7%9C%9F%20%F0%9F%93%B7.jpg`,
    ],
  ])('encodes %j per RFC 6266 and RFC 8187', (name, expected) => {
    expect(contentDisposition('attachment', name)).toBe(expected);
  });

  it('says inline when asked', () => {
    expect(contentDisposition('inline', 'photo.png')).toMatch(/^inline; filename="photo.png"/);
  });
});
