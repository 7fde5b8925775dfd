/**
 * Visits every scalar of a parsed YAML document with the JSON pointer of the value it is (or,
 * for a key, of the value it names). Rules about how text was typed need the node (for its
 * source range and style) and the pointer (to know which field it is).
 */
import type { Document, Scalar } from 'yaml';
import { yamlLib } from './yaml-lib.js';

export type ScalarRole = 'key' | 'value';

export type ScalarVisitor = (node: Scalar, pointer: string, role: ScalarRole) => void;

const escape = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

export function forEachScalar(doc: Document.Parsed, visit: ScalarVisitor): void {
  walk(doc.contents, '', visit, 0);
}

/* The depth guard mirrors MAX_DEPTH in yaml-source.ts: documents deeper than that were already
   refused before any rule walks them, so this only stops a walk that would never end. */
function walk(node: unknown, pointer: string, visit: ScalarVisitor, depth: number): void {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  if (depth > 200) return;
  if (isScalar(node)) {
    visit(node, pointer, 'value');
    return;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = `${pointer}/${escape(key)}`;
      if (isScalar(pair.key)) visit(pair.key, child, 'key');
      walk(pair.value, child, visit, depth + 1);
    }
    return;
  }
  if (isSeq(node)) node.items.forEach((item, i) => walk(item, `${pointer}/${i}`, visit, depth + 1));
}
