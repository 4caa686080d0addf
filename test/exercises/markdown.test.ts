import { describe, expect, it } from 'vitest';
import { inlineMarkdown, markdown } from '../../src/site/exercise/markdown.ts';

describe('the markdown of goals, hints and explanations', () => {
  it('renders code, bold (around code too), emphasis and links, and escapes HTML', () => {
    expect(inlineMarkdown('**`dbdata`라는 이름의 볼륨** and *this* <b>x</b> [docs](https://docs.docker.com)')).toBe(
      '<strong><code>dbdata</code>라는 이름의 볼륨</strong> and <em>this</em> &lt;b&gt;x&lt;/b&gt; <a href="https://docs.docker.com">docs</a>',
    );
    expect(inlineMarkdown('`a_b_c` and `**not bold**` and snake_case_name')).toBe('<code>a_b_c</code> and <code>**not bold**</code> and snake_case_name');
    expect(inlineMarkdown('[x](javascript:alert(1))')).toBe('[x](javascript:alert(1))');
  });

  it('renders paragraphs, lists and fenced code', () => {
    expect(markdown('One\nline.\n\n- a\n- `b`\n\n```\n<x> & y\n```\nEnd')).toBe('<p>One line.</p>\n<ul><li>a</li><li><code>b</code></li></ul>\n<pre><code>&lt;x&gt; &amp; y</code></pre>\n<p>End</p>');
  });
});
