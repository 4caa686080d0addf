import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeTableScroll } from '../../src/site/rehype-table-scroll.ts';

const el = (tagName: string, children: Element['children'] = []): Element => ({ type: 'element', tagName, properties: {}, children });
const text = (value: string) => ({ type: 'text' as const, value });

describe('rehype table scroll', () => {
  it('wraps each table, however deep, in a keyboard-reachable region named after its column headings', () => {
    const table = el('table', [el('thead', [el('tr', [el('th', [text('driver')]), el('th', [text(' when ')])])]), el('tbody', [el('tr', [el('td', [text('bridge')])])])]);
    const tree: Root = { type: 'root', children: [el('p', [text('x')]), el('section', [table])] };
    rehypeTableScroll()(tree);
    const wrapper = (tree.children[1] as Element).children[0] as Element;
    expect(wrapper.tagName).toBe('div');
    expect(wrapper.properties).toEqual({ className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'driver, when' });
    expect(wrapper.children).toEqual([table]);
    expect((tree.children[0] as Element).tagName).toBe('p');
  });

  it('leaves out the name of a table without headings', () => {
    const tree: Root = { type: 'root', children: [el('table', [el('tr', [el('td', [text('a')])])])] };
    rehypeTableScroll()(tree);
    expect((tree.children[0] as Element).properties).toEqual({ className: ['table-scroll'], tabIndex: 0, role: 'region' });
  });
});
