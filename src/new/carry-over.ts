/**
 * Carrying a previous Stand's open knelpunten and its kerncijfers into next year's file as their
 * source text, not re-serialised: folded and literal scalars, flow lists, line breaks and comments
 * stay exactly as the organisation wrote them. Only `status: nieuw` is edited in place.
 */
import { isAlias, isMap, isScalar, isSeq, visit, type Node, type ParsedNode, type YAMLSeq } from 'yaml';
import { stringify } from 'yaml';
import { arr, isOpen, obj } from '../check/values.js';
import type { SourceFile } from '../load/source-file.js';

export interface CarriedBlocks {
  /** Block-list items (each ending in a newline), ready to follow `knelpunten:`; '' when none. */
  knelpunten: string;
  count: number;
  /** Same for `kerncijfers:`, each `waarde` marked "werk bij". */
  kerncijfers: string;
  kerncijferCount: number;
}

/** Where a line starts. */
function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Just past the newline that ends the line holding `at - 1` (or the end of the text). */
function lineEnd(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end;
  const nl = text.indexOf('\n', end);
  return nl === -1 ? text.length : nl + 1;
}

/** The item's source lines, with the comment lines directly above it. */
function itemSource(yaml: string, node: Node): { start: number; end: number } | undefined {
  const range = (node as ParsedNode).range;
  if (!range) return undefined;
  let start = lineStart(yaml, range[0]);
  for (;;) {
    if (start === 0) break;
    const prev = lineStart(yaml, start - 1);
    if (!/^\s*#/.test(yaml.slice(prev, start - 1))) break;
    start = prev;
  }
  return { start, end: lineEnd(yaml, range[2]) };
}

function hasAlias(node: Node): boolean {
  let found = false;
  visit(node, { Alias: () => ((found = true), visit.BREAK) });
  return found || isAlias(node);
}

/** The column of the items' `-` (the source's own indentation, kept for re-serialised items too). */
function dashIndent(yaml: string, seq: YAMLSeq): number {
  const first = seq.items[0] as ParsedNode | undefined;
  if (!first?.range) return 2;
  const start = lineStart(yaml, first.range[0]);
  const dash = yaml.slice(start, first.range[0]).indexOf('-');
  return dash === -1 ? 2 : dash;
}

/** A value that cannot be copied as text (a flow list of items, an alias to elsewhere): written anew. */
function serialised(value: unknown, indent: number): string {
  const text = stringify([value], { lineWidth: 0 });
  return text.replace(/^(?=.)/gm, ' '.repeat(indent));
}

interface Edit {
  at: number;
  end: number;
  text: string;
}

function applyEdits(source: string, offset: number, edits: Edit[]): string {
  let out = source;
  for (const e of [...edits].sort((a, b) => b.at - a.at)) out = out.slice(0, e.at - offset) + e.text + out.slice(e.end - offset);
  return out;
}

/** Appends a comment to the line that holds `at`, unless it has one already. */
function commentAtLineEnd(yaml: string, at: number, comment: string): Edit {
  const nl = yaml.indexOf('\n', at);
  const end = nl === -1 ? yaml.length : nl;
  const rest = yaml.slice(at, end);
  if (rest.includes('#')) return { at: end, end, text: '' };
  return { at: end, end, text: `  # ${comment}` };
}

function blocks(file: SourceFile, key: string, keep: (item: Record<string, unknown>) => boolean, edit: (item: Node, data: Record<string, unknown>) => Edit[]): { text: string; count: number } {
  const yaml = file.yaml;
  const seq = file.doc?.get(key, true);
  const data = arr(obj(file.data)[key]);
  if (!isSeq(seq)) return { text: '', count: 0 };
  const indent = dashIndent(yaml, seq);
  let text = '';
  let count = 0;
  seq.items.forEach((node, i) => {
    const item = data[i];
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return;
    const record = item as Record<string, unknown>;
    if (!keep(record)) return;
    count++;
    const where = seq.flow || !isMap(node) || hasAlias(node as Node) ? undefined : itemSource(yaml, node as Node);
    if (where === undefined) {
      text += serialised(record, indent);
      return;
    }
    text += applyEdits(yaml.slice(where.start, where.end), where.start, edit(node as Node, record));
    if (!text.endsWith('\n')) text += '\n';
  });
  return { text, count };
}

export function carryOver(previous: SourceFile, year: number, previousYear: number): CarriedBlocks {
  const knelpunten = blocks(
    previous,
    'knelpunten',
    (k) => isOpen(k['status']),
    (node, data) => {
      if (data['status'] !== 'nieuw' || !isMap(node)) return [];
      const status = node.get('status', true);
      if (!isScalar(status) || !status.range) return [];
      const [at, end] = status.range;
      // A knelpunt that was new last year is not new any more.
      return [
        { at, end, text: 'in_analyse' },
        commentAtLineEnd(previous.yaml, end, `was 'nieuw' in ${previousYear}; staat new zette het op in_analyse voor ${year}. Pas aan als dat niet klopt.`),
      ];
    },
  );
  const kerncijfers = blocks(
    previous,
    'kerncijfers',
    () => true,
    (node) => {
      if (!isMap(node)) return [];
      const edits: Edit[] = [];
      for (const key of ['waarde', 'peildatum']) {
        const value = node.get(key, true);
        if (isScalar(value) && value.range) edits.push(commentAtLineEnd(previous.yaml, value.range[1], `werk bij: ${key} van ${previousYear}`));
      }
      return edits;
    },
  );
  return { knelpunten: knelpunten.text, count: knelpunten.count, kerncijfers: kerncijfers.text, kerncijferCount: kerncijfers.count };
}
