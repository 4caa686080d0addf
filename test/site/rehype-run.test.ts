import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { localeOfPath, rehypeRunButtons } from '../../src/site/rehype-run.ts';

function codeBlock(lang: string | null, text: string, meta?: string): Element {
  return {
    type: 'element',
    tagName: 'pre',
    properties: {},
    children: [
      {
        type: 'element',
        tagName: 'code',
        properties: lang ? { className: [`language-${lang}`] } : {},
        data: meta ? ({ meta } as Element['data']) : undefined,
        children: [{ type: 'text', value: text }],
      },
    ],
  };
}

function run(tree: Root, path = '/x/content/lessons/en/volumes.mdx'): Root {
  rehypeRunButtons()(tree, { path });
  return tree;
}

const button = (node: Root['children'][number]) => ((node as Element).children[1] as Element).properties;

describe('run buttons on shell code blocks', () => {
  it('wraps a shell block with a labelled button that carries the command', () => {
    const tree = run({ type: 'root', children: [codeBlock('sh', 'docker volume ls\n')] });
    const wrapper = tree.children[0] as Element;
    expect(wrapper.tagName).toBe('div');
    expect(wrapper.properties.className).toEqual(['command-block']);
    expect(button(wrapper)).toMatchObject({ type: 'button', dataRun: 'docker volume ls', ariaLabel: 'Run in the terminal: docker volume ls' });
    expect((wrapper.children[0] as Element).properties.tabIndex).toBe(0);
  });

  it('keeps continued lines as typed and names them on one line', () => {
    const tree = run({ type: 'root', children: [codeBlock('bash', 'docker run -d \\\n  --name web nginx\n')] });
    expect(button(tree.children[0])).toMatchObject({
      dataRun: 'docker run -d \\\n  --name web nginx',
      ariaLabel: 'Run in the terminal: docker run -d --name web nginx',
    });
  });

  it('labels buttons in the lesson’s language', () => {
    const tree = run({ type: 'root', children: [codeBlock('sh', 'docker ps')] }, '/x/content/lessons/ko/volumes.mdx');
    expect(button(tree.children[0]).ariaLabel).toBe('터미널에서 실행: docker ps');
    expect(localeOfPath('C:\\c\\content\\lessons\\ko\\a.mdx')).toBe('ko');
    expect(localeOfPath(undefined)).toBe('en');
  });

  it('leaves other languages, norun blocks and nested content alone except for focusability', () => {
    const tree = run({
      type: 'root',
      children: [codeBlock('text', 'NAME'), codeBlock(null, 'x'), codeBlock('sh', 'rm -rf /', 'norun')],
    });
    expect(tree.children.map((c) => (c as Element).tagName)).toEqual(['pre', 'pre', 'pre']);
    expect(tree.children.every((c) => (c as Element).properties.tabIndex === 0)).toBe(true);
  });
});

describe('inline code', () => {
  it('keeps short inline code on one line and lets long paths wrap', () => {
    const inline = (value: string): Element => ({ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value }] });
    const p: Element = { type: 'element', tagName: 'p', properties: {}, children: [inline('--network'), inline('/var/lib/docker/volumes/mydata/_data/orders.txt')] };
    run({ type: 'root', children: [p] });
    expect((p.children[0] as Element).properties.className).toEqual(['nowrap']);
    expect((p.children[1] as Element).properties.className).toBeUndefined();
  });
});
