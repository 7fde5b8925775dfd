/**
 * Reading a Stand only as context, fast. Linting one Stand needs the other organisations'
 * Standen only for who claims which organisation and year, and which gedeeld_knelpunt values
 * they use. Parsing 240 YAML documents for that takes seconds; scanning their lines for three
 * keys takes milliseconds. Standen of the linted organisation itself are always parsed fully.
 */
import { decodeSource } from './decode.js';
import { emptySourceFile, type SourceFile } from './source-file.js';
import type { TreeEntry } from './walk.js';
import { readBounded } from './load-tree.js';

const VALUE = /^["']?([^"'#]*?)["']?\s*(?:#.*)?$/;

/** A context-only SourceFile whose `data` holds just the facts the cross-file rules read. */
export function loadLight(entry: TreeEntry): SourceFile {
  const file = emptySourceFile(entry.path, entry.absPath, 'stand');
  if (entry.refused) return file;
  let read: { bytes: Uint8Array; size: number };
  try {
    read = readBounded(entry.absPath);
  } catch {
    return file; // Context only: the file's own lint reports it.
  }
  const decoded = decodeSource(read.bytes, read.size);
  if (!decoded.ok) return file;
  file.data = lightFacts(decoded.text);
  return file;
}

function valueOf(rest: string): string {
  return (VALUE.exec(rest.trim())?.[1] ?? '').trim();
}

export function lightFacts(text: string): { organisatie?: string; verslagjaar?: number; knelpunten: { gedeeld_knelpunt: string }[] } {
  const facts: { organisatie?: string; verslagjaar?: number; knelpunten: { gedeeld_knelpunt: string }[] } = { knelpunten: [] };
  // Line by line with plain string tests: much faster than multiline regexes over the text.
  for (const line of text.split('\n')) {
    if (facts.organisatie === undefined && line.startsWith('organisatie:')) {
      const value = valueOf(line.slice(12));
      if (value !== '') facts.organisatie = value;
    } else if (facts.verslagjaar === undefined && line.startsWith('verslagjaar:')) {
      const value = valueOf(line.slice(12));
      if (/^\d+$/.test(value)) facts.verslagjaar = Number(value);
    } else if (line.includes('gedeeld_knelpunt:')) {
      const value = valueOf(line.slice(line.indexOf('gedeeld_knelpunt:') + 17));
      if (/^[a-z0-9-]+$/.test(value)) facts.knelpunten.push({ gedeeld_knelpunt: value });
    }
  }
  return facts;
}
