/**
 * Completion and hover from the JSON Schemas (titles, descriptions, enums) and the registers
 * (ids with their Dutch names): the same sources `staat lint` checks against.
 */
import { CompletionItemKind, MarkupKind, type CompletionItem, type Hover } from 'vscode-languageserver';
import type { RegisterEntry } from '../check/register-entries.js';
import type { SchemaName } from '../check/schema-name.js';
import { enumDescriptions, registerOf, schemaAt, type Json, type RegisterRef } from '../check/schema-fields.js';
import type { CursorContext, HoverTarget } from './yaml-context.js';

export type RegisterIndex = ReadonlyMap<RegisterRef, readonly RegisterEntry[]>;

const text = (node: Json, key: string): string | undefined => (typeof node[key] === 'string' ? (node[key] as string) : undefined);

/** The values a field accepts, each with what a person needs to pick one. */
function valuesOf(schema: SchemaName, path: string[], registers: RegisterIndex): { value: string; detail?: string; doc?: string }[] {
  const at = schemaAt(schema, path);
  if (!at) return [];
  const register = registerOf(schema, at.pointer);
  if (register) {
    return (registers.get(register) ?? []).map((e) => ({ value: e.id, detail: e.name, ...(e.description !== undefined ? { doc: e.description } : {}) }));
  }
  if (Array.isArray(at.node['enum'])) {
    const docs = enumDescriptions(at.node);
    return (at.node['enum'] as unknown[]).filter((v) => v !== null).map((v) => ({ value: String(v), ...(docs.has(String(v)) ? { doc: docs.get(String(v))! } : {}) }));
  }
  const type = at.node['type'];
  if (type === 'boolean') return [{ value: 'true' }, { value: 'false' }];
  return [];
}

function keysOf(schema: SchemaName, path: string[], exclude: ReadonlySet<string>): CompletionItem[] {
  const at = schemaAt(schema, path);
  const properties = at?.node['properties'];
  if (properties === null || typeof properties !== 'object') return [];
  return Object.entries(properties as Record<string, Json>)
    .filter(([key]) => !exclude.has(key))
    .map(([key, node], i) => {
      const item: CompletionItem = { label: key, kind: CompletionItemKind.Property, insertText: `${key}: `, sortText: String(i).padStart(3, '0') };
      const title = text(node, 'title');
      const description = text(node, 'description');
      if (title) item.detail = title;
      if (description) item.documentation = { kind: MarkupKind.Markdown, value: description };
      return item;
    });
}

/**
 * @param line the document line of the cursor (ranges are on that line)
 * @param exclude keys never offered (samenvatting in a .md Stand)
 */
export function completionItems(ctx: CursorContext, schema: SchemaName, registers: RegisterIndex, line: number, exclude: ReadonlySet<string> = new Set()): CompletionItem[] {
  const range = { start: { line, character: ctx.start }, end: { line, character: ctx.end } };
  const at = schemaAt(schema, ctx.path);
  // After `- ` in a list of mappings (knelpunten) the first key of a new item is typed.
  if (ctx.kind === 'key' || (at && at.node['properties'] !== undefined)) {
    return keysOf(schema, ctx.path, exclude).map((item) => ({ ...item, textEdit: { range, newText: item.insertText ?? item.label } }));
  }
  return valuesOf(schema, ctx.path, registers).map((v, i) => {
    const item: CompletionItem = { label: v.value, kind: CompletionItemKind.EnumMember, textEdit: { range, newText: v.value }, sortText: String(i).padStart(4, '0'), filterText: `${v.value} ${v.detail ?? ''}` };
    if (v.detail) item.detail = v.detail;
    if (v.detail || v.doc) item.labelDetails = { description: v.detail ?? '' };
    if (v.doc) item.documentation = { kind: MarkupKind.Markdown, value: v.doc };
    return item;
  });
}

export function hoverFor(target: HoverTarget, schema: SchemaName, registers: RegisterIndex, line: number): Hover | undefined {
  const at = schemaAt(schema, target.path);
  if (!at) return undefined;
  const parts: string[] = [];
  if (target.value !== undefined) {
    const known = valuesOf(schema, target.path, registers).find((v) => v.value === target.value);
    if (known && (known.detail || known.doc)) parts.push([`\`${known.value}\`${known.detail ? `: ${known.detail}` : ''}`, known.doc].filter(Boolean).join('\n\n'));
  }
  // A list item's own title ("Actor") says less than the list's: show the field of the list.
  const field = target.path[target.path.length - 1] === '*' ? (schemaAt(schema, target.path.slice(0, -1)) ?? at) : at;
  const title = text(field.node, 'title');
  const description = text(field.node, 'description');
  if (title || description) parts.push([title ? `**${title}**` : '', description ?? ''].filter(Boolean).join('\n\n'));
  if (parts.length === 0) return undefined;
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: { start: { line, character: target.start }, end: { line, character: target.end } },
  };
}
