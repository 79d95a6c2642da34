import { filePreviewOf, photoAfter } from './file-preview';

describe('filePreviewOf', () => {
  it.each([
    ['image/jpeg', true, 'image'],
    ['image/png', true, 'image'],
    ['image/webp', true, 'image'],
    ['image/gif', true, 'image'],
    ['image/heic', false, 'unshowable'],
    ['video/mp4', true, 'video'],
    ['video/quicktime', false, 'unshowable'],
    ['audio/mpeg', true, 'audio'],
    ['application/pdf', true, 'pdf'],
    ['application/pdf', false, 'none'],
    ['text/plain', true, 'none'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', false, 'none'],
  ] as const)('shows %s (previewable: %s) as %s', (mediaType, previewable, expected) => {
    expect(filePreviewOf({ mediaType, previewable })).toBe(expected);
  });
});

describe('photoAfter', () => {
  it.each([
    [0, 3, 1, 1],
    [2, 3, 1, 0],
    [0, 3, -1, 2],
    [1, 3, -1, 0],
    [0, 1, 1, 0],
    [0, 1, -1, 0],
  ] as const)('from photo %s of %s, a step of %s lands on %s', (index, count, step, expected) => {
    expect(photoAfter(index, count, step)).toBe(expected);
  });
});
