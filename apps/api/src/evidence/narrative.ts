import sanitizeHtml from 'sanitize-html';

/**
 * A narrative is rich text typed in the browser; the server keeps only what the web app's editor
 * (apps/web/src/features/evidence/components/narrative-editor.tsx) can make: paragraphs, line
 * breaks, bold, italic and lists. Anything else is reduced to its text, so nothing a learner or
 * another client sends can run or restyle itself in an assessor's browser, and what the editor
 * sends is stored unchanged.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li'],
  allowedAttributes: {},
  // The same marks as browsers' own editing wrote them (the editor before this one).
  transformTags: { b: 'strong', i: 'em' },
  disallowedTagsMode: 'discard',
};

export function sanitiseNarrative(html: string): string {
  return (
    sanitizeHtml(html, OPTIONS)
      // Spelt as a browser serialises them, as the editor does, so its HTML comes back equal.
      .replace(/<br \/>/g, '<br>')
      .replace(/\u00a0/g, '&nbsp;')
      .trim()
  );
}

/**
 * Plain text (a witness's statement, typed on a phone) as a narrative: a paragraph per block of
 * lines between blank lines, its line breaks kept, every character as text; then sanitised as
 * every narrative is.
 */
export function narrativeFromPlainText(plain: string): string {
  const escape = (line: string) =>
    line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return sanitiseNarrative(
    plain
      .replace(/\r\n?/g, '\n')
      .split(/\n[^\S\n]*\n/)
      .map((block) => block.trim())
      .filter((block) => block !== '')
      .map((block) => `<p>${block.split('\n').map(escape).join('<br>')}</p>`)
      .join(''),
  );
}
