/**
 * A rehype step for the lessons: every table is wrapped in a frame that
 * scrolls sideways when the table is wider than a phone, and that the
 * keyboard can reach and scroll (tabindex, a region named after the
 * table's column headings), as axe-core's scrollable-region-focusable asks.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function headings(table: Element): string[] {
  const out: string[] = [];
  const walk = (node: ElementContent) => {
    if (node.type !== 'element') return;
    if (node.tagName === 'th') out.push(textOf(node).trim());
    else node.children.forEach(walk);
  };
  table.children.forEach(walk);
  return out.filter(Boolean);
}

function wrap(parent: Root | Element): void {
  parent.children = parent.children.map((child) => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'table') {
      const label = headings(child).join(', ');
      return {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ...(label ? { ariaLabel: label } : {}) },
        children: [child],
      } satisfies Element;
    }
    wrap(child);
    return child;
  }) as typeof parent.children;
}

export function rehypeTableScroll() {
  return (tree: Root) => wrap(tree);
}
