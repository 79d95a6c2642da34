import { extensionsOf } from './content-type';

const MAX_NAME_LENGTH = 200;
// Unicode's control characters (C0, DEL, C1) and format characters, among them the
// bidirectional overrides that make "txt.exe" read "exe.txt".
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Cf}]/gu;
// Half a surrogate pair is not text and makes encodeURIComponent throw when the name is sent.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The sender's file name, kept only as a label: the last path segment, no control or
 * direction-changing characters, at most 200 characters with the extension kept. Never a path.
 */
export function cleanOriginalName(declaredName: string): string {
  const lastSegment = declaredName.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .replace(UNSAFE_CHARACTERS, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .trim();
  if (cleaned === '.' || cleaned === '..') return '';
  return truncateKeepingExtension(cleaned, MAX_NAME_LENGTH);
}

function truncateKeepingExtension(name: string, maxLength: number): string {
  const characters = Array.from(name); // by code point, so no surrogate pair is split
  if (characters.length <= maxLength) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (extension.length === 0 || extension.length > 16)
    return characters.slice(0, maxLength).join('');
  return characters.slice(0, maxLength - extension.length).join('') + extension.join('');
}

/**
 * The name to download under: the original if its extension fits what the content is, else
 * with the right one added, so a PNG named "x.pdf" or text named "x.exe" opens as what it is.
 */
export function downloadName(originalName: string, mediaType: string): string {
  const extensions = extensionsOf(mediaType);
  const fallback = extensions[0] ?? 'bin';
  const name = originalName === '' ? 'evidence' : originalName;
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return extension && extensions.includes(extension) ? name : `${name}.${fallback}`;
}
