/** Reads every file of a content tree into SourceFiles; unreadable files become diagnostics. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeSource, MAX_FILE_BYTES } from './decode.js';
import { splitFrontMatter } from './front-matter.js';
import { Positions } from './positions.js';
import { emptySourceFile, report, type SourceFile } from './source-file.js';
import { type RegisterName, type TreeEntry, walkContentTree } from './walk.js';
import { parseYaml } from './yaml-source.js';

export interface ContentTree {
  root: string;
  /** Every content file, sorted by path. */
  files: SourceFile[];
}

export function loadContentTree(root: string): ContentTree {
  return { root, files: walkContentTree(root).map((e) => loadEntry(e)) };
}

/** @param bytes The file's content when it is already at hand (an editor's unsaved text); else it is read. */
export function loadEntry(entry: TreeEntry, bytes?: Uint8Array): SourceFile {
  const register = entry.kind === 'register' ? (/^registers\/(.+)\.yaml$/.exec(entry.path)?.[1] as RegisterName) : undefined;
  const file = emptySourceFile(entry.path, entry.absPath, entry.kind === 'other' ? 'stand' : entry.kind, register);
  if (entry.refused) {
    report(file, entry.refused.ruleId, entry.refused.message, 0, 0);
    return file;
  }
  let read: { bytes: Uint8Array; size: number };
  try {
    read = bytes ? { bytes, size: bytes.length } : readBounded(entry.absPath);
  } catch {
    report(file, 'file-unreadable', 'Dit bestand kan niet worden gelezen (geen toegang, of het verdween tijdens het lezen). Controleer de leesrechten.', 0, 0);
    return file;
  }
  const decoded = decodeSource(read.bytes, read.size);
  if (!decoded.ok) {
    report(file, decoded.ruleId, decoded.message, 0, 0);
    return file;
  }
  return parseSource(file, decoded.text);
}

/** Parses already-decoded text into the file: front matter split, YAML, body. */
export function parseSource(file: SourceFile, text: string): SourceFile {
  file.text = text;
  file.positions = new Positions(text);
  if (file.format === 'md') {
    const split = splitFrontMatter(text);
    if (split.kind === 'missing') {
      report(file, 'front-matter-missing', 'Dit Markdown-bestand begint niet met een gegevensblok in YAML. Zet bovenaan een regel met alleen ---, daarna de velden (organisatie, verslagjaar, knelpunten, …) en dan weer een regel met ---.', 0, firstLineEnd(text));
      return file;
    }
    if (split.kind === 'unclosed') {
      report(file, 'front-matter-missing', 'Het YAML-gegevensblok wordt niet afgesloten. Zet na de laatste YAML-regel een regel met alleen ---.', 0, split.openLength);
      return file;
    }
    if (split.kind === 'language') {
      report(file, 'front-matter-language', `Het gegevensblok is in de taal '${split.language}' geschreven. Alleen YAML is toegestaan; het gegevensblok is niet gelezen en niet uitgevoerd. Begin het bestand met een regel met alleen --- en schrijf de velden in YAML.`, 0, split.openLength);
      return file;
    }
    file.yaml = split.yaml;
    file.yamlOffset = split.yamlOffset;
    file.body = { markdown: split.body, offset: split.bodyOffset };
  } else {
    file.yaml = text;
  }
  const parsed = parseYaml(file.yaml);
  file.doc = parsed.doc;
  for (const p of parsed.problems) report(file, p.ruleId, p.message, file.yamlOffset + p.start, file.yamlOffset + p.end);
  if (parsed.problems.length === 0) file.data = parsed.data ?? null;
  return file;
}

function firstLineEnd(text: string): number {
  const nl = text.indexOf('\n');
  return nl === -1 ? text.length : nl;
}

/** Reads at most MAX_FILE_BYTES + 1 bytes: enough to know a file is too large without loading it. */
export function readBounded(absPath: string): { bytes: Uint8Array; size: number } {
  const fd = openSync(absPath, 'r');
  try {
    const size = fstatSync(fd).size;
    const want = Math.min(size, MAX_FILE_BYTES) + 1;
    const buf = Buffer.alloc(want);
    let read = 0;
    while (read < want) {
      const n = readSync(fd, buf, read, want - read, null);
      if (n === 0) break;
      read += n;
    }
    return { bytes: buf.subarray(0, read), size: Math.max(size, read) };
  } finally {
    closeSync(fd);
  }
}

/** Just the registers that are present, parsed (for commands that need nothing else). */
export function loadRegisterFiles(entries: readonly TreeEntry[]): Map<RegisterName, SourceFile> {
  const files = new Map<RegisterName, SourceFile>();
  for (const e of entries) {
    if (e.kind !== 'register') continue;
    const file = loadEntry(e);
    if (file.register) files.set(file.register, file);
  }
  return files;
}
