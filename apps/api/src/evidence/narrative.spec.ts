import { sanitiseNarrative } from './narrative';

describe('sanitiseNarrative', () => {
  it('keeps the formatting people use', () => {
    const html =
      '<p>I <strong>led</strong> the <em>handover</em>:</p><ul><li>risks</li><li>actions</li></ul>';
    expect(sanitiseNarrative(html)).toBe(html);
  });

  it.each([
    ['<p>Hi<script>alert(1)</script></p>', '<p>Hi</p>'],
    ['<p onclick="steal()">Hi</p>', '<p>Hi</p>'],
    ['<img src=x onerror=alert(1)>text', 'text'],
    ['<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer" target="_blank">x</a>'],
    ['<iframe src="https://evil.example"></iframe>ok', 'ok'],
    ['<p style="position:fixed">x</p>', '<p>x</p>'],
    ['<svg><script>alert(1)</script></svg>z', 'z'],
  ])('removes what could run or deceive: %s', (input, output) => {
    expect(sanitiseNarrative(input)).toBe(output);
  });

  it('keeps safe links, opening them apart', () => {
    expect(sanitiseNarrative('<a href="https://www.nice.org.uk">NICE</a>')).toBe(
      '<a href="https://www.nice.org.uk" rel="noopener noreferrer" target="_blank">NICE</a>',
    );
  });
});
