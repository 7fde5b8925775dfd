/**
 * Finds raw HTML in Markdown: it is dropped from the report (never rendered), and the author
 * should know that. Positions are exact in a .md body; in a YAML field they are exact when the
 * HTML appears verbatim in the source, else the whole field.
 */
import { createRequire } from 'node:module';
import type { Processor } from 'unified';
import type { Node } from 'unist';
import { locate } from '../load/yaml-source.js';
import { report, type SourceFile } from '../load/source-file.js';

// The Markdown parser (about 120 ms of module loading) is loaded only when some text may hold
// HTML, so linting a Stand without any stays quick. Node ≥ 20.19 `require`s these ES modules
// synchronously, and this check is synchronous.
let parser: Processor | undefined;
function markdownParser(): Processor {
  if (parser) return parser;
  const require = createRequire(import.meta.url);
  const { unified } = require('unified') as typeof import('unified');
  const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
  const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
  parser = unified().use(remarkParse).use(remarkGfm) as unknown as Processor;
  return parser;
}
const MAYBE_HTML = /<[A-Za-z!/?]/;

interface HtmlHit {
  value: string;
  start: number;
  end: number;
}

function findHtml(markdown: string): HtmlHit[] {
  if (!MAYBE_HTML.test(markdown)) return [];
  const hits: HtmlHit[] = [];
  const visit = (node: Node & { value?: unknown; children?: Node[] }): void => {
    if (node.type === 'html' && typeof node.value === 'string' && node.value.trim() !== '') {
      hits.push({ value: node.value, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 });
    }
    for (const child of node.children ?? []) visit(child as Node & { value?: unknown; children?: Node[] });
  };
  visit(markdownParser().parse(markdown) as Node & { children?: Node[] });
  return hits;
}

function message(value: string): string {
  const tag = /<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(value)?.[1];
  const what = tag ? `HTML (<${tag}>)` : 'HTML';
  return `Deze tekst bevat ${what}. HTML wordt niet overgenomen in het rapport en verdwijnt dus. Gebruik Markdown: **vet**, *cursief*, [linktekst](https://…), lijstjes met -.`;
}

export function checkBodyHtml(file: SourceFile): void {
  if (!file.body) return;
  for (const hit of findHtml(file.body.markdown)) {
    report(file, 'raw-html', message(hit.value), file.body.offset + hit.start, file.body.offset + hit.end);
  }
}

/** Checks one Markdown string field (a YAML scalar) at `pointer`. */
export function checkFieldHtml(file: SourceFile, pointer: string, markdown: string): void {
  // Look for HTML first: asking for the AST may re-parse the file (see load/transfer.ts).
  const hits = findHtml(markdown);
  if (hits.length === 0) return;
  const doc = file.doc;
  if (!doc) return;
  const [start, end] = locate(doc, pointer);
  const source = file.yaml.slice(start, end);
  let from = 0;
  for (const hit of hits) {
    const firstLine = hit.value.split('\n')[0] ?? hit.value;
    const at = source.indexOf(firstLine, from);
    if (at >= 0) {
      report(file, 'raw-html', message(hit.value), file.yamlOffset + start + at, file.yamlOffset + start + at + firstLine.length, pointer);
      from = at + firstLine.length;
    } else {
      report(file, 'raw-html', message(hit.value), file.yamlOffset + start, file.yamlOffset + end, pointer);
    }
  }
}
