import { narrativeFromPlainText, sanitiseNarrative } from './narrative';

describe('sanitiseNarrative', () => {
  // Each as the web app's narrative editor writes it (the portfolio browser test checks that the
  // editor writes exactly this, and reads back what the server stored unchanged).
  it.each([
    ['paragraphs', '<p>I chaired the review.</p><p>Then I wrote it up.</p>'],
    ['bold', '<p>I <strong>led</strong> it</p>'],
    ['italic', '<p>the <em>handover</em></p>'],
    ['bold italic', '<p><strong><em>both</em></strong></p>'],
    ['a bulleted list', '<ul><li><p>risks</p></li><li><p>actions</p></li></ul>'],
    ['a numbered list', '<ol><li><p>first</p></li></ol>'],
    ['a nested list', '<ul><li><p>a</p><ol><li><p>b</p></li></ol></li></ul>'],
    ['a line break', '<p>line one<br>line two</p>'],
    ['an empty paragraph', '<p>above</p><p></p><p>below</p>'],
    ['characters HTML escapes', '<p>Tom &amp; Jerry said "hi" &lt;3 to&nbsp;them</p>'],
  ])('stores %s as the editor wrote it', (_format, html) => {
    expect(sanitiseNarrative(html)).toBe(html);
  });

  it('reads the bold and italic of browsers’ own editing as the editor’s', () => {
    expect(sanitiseNarrative('<p><b>led</b> the <i>handover</i></p>')).toBe(
      '<p><strong>led</strong> the <em>handover</em></p>',
    );
  });

  it.each([
    ['<p>Hi<script>alert(1)</script></p>', '<p>Hi</p>'],
    ['<p onclick="steal()">Hi</p>', '<p>Hi</p>'],
    ['<img src=x onerror=alert(1)>text', 'text'],
    ['<a href="javascript:alert(1)">x</a>', 'x'],
    ['<iframe src="https://evil.example"></iframe>ok', 'ok'],
    ['<p style="position:fixed">x</p>', '<p>x</p>'],
    ['<svg><script>alert(1)</script></svg>z', 'z'],
  ])('removes what could run or deceive: %s', (input, output) => {
    expect(sanitiseNarrative(input)).toBe(output);
  });

  it.each([
    ['<h3>Heading</h3>', 'Heading'],
    ['<a href="https://www.nice.org.uk">NICE</a>', 'NICE'],
    ['<p><u>under</u> <s>struck</s> <code>code</code></p>', '<p>under struck code</p>'],
    ['<blockquote><p>quoted</p></blockquote>', '<p>quoted</p>'],
    ['<p class="x" data-y="1">kept</p>', '<p>kept</p>'],
  ])('keeps only the text of what the editor cannot make: %s', (input, output) => {
    expect(sanitiseNarrative(input)).toBe(output);
  });
});

describe('narrativeFromPlainText', () => {
  it.each([
    ['one line', 'She greeted Mr Ahmed by name.', '<p>She greeted Mr Ahmed by name.</p>'],
    [
      'paragraphs between blank lines, lines kept',
      'First she asked.\r\nThen she waited.\n\n  \nShe wrote it up.',
      '<p>First she asked.<br>Then she waited.</p><p>She wrote it up.</p>',
    ],
    [
      'markup as text',
      'Tom & Jerry <script>alert(1)</script>',
      '<p>Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;</p>',
    ],
    ['nothing but spaces', ' \n\n ', ''],
  ])('writes %s as narrative paragraphs', (_case, plain, html) => {
    expect(narrativeFromPlainText(plain)).toBe(html);
  });
});
