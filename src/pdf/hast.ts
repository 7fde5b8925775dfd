// The few operations on a hast tree that composing the print document needs. The HTML comes
// from our own templates and sanitized Markdown; parsing it (instead of editing strings) is what
// keeps text that merely looks like `id="…"` from ever being touched.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export type { Element, ElementContent, Root };

export function parseDocument(html: string): Root {
  return fromHtml(html);
}

export function isElement(node: Root | RootContent | ElementContent): node is Element {
  return node.type === 'element';
}

/** Depth-first, document order; `visit` returning false skips the element's children. */
export function walk(node: Root | Element, visit: (element: Element, parent: Root | Element) => boolean | void): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (visit(child, node) === false) continue;
    walk(child, visit);
  }
}

export function find(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  walk(node, (element) => {
    if (found) return false;
    if (test(element)) {
      found = element;
      return false;
    }
    return true;
  });
  return found;
}

/** The element whose descendant `target` is, nearest first. */
export function ancestors(root: Root | Element, target: Element): Element[] {
  const path: Element[] = [];
  const search = (node: Root | Element): boolean => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child === target) return true;
      path.push(child);
      if (search(child)) return true;
      path.pop();
    }
    return false;
  };
  return search(root) ? path.reverse() : [];
}

export function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map(textOf).join('');
  return '';
}

export function classes(element: Element): string[] {
  const value: unknown = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

export function headingLevel(element: Element): number | null {
  const match = /^h([1-6])$/.exec(element.tagName);
  return match ? Number(match[1]) : null;
}
