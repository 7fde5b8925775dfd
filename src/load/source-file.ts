/** One file of the content tree as the later stages see it: text, YAML AST, data and problems. */
import type { Document } from 'yaml';
import type { Diagnostic, Severity } from '../lint/diagnostic.js';
import { severityOf } from '../lint/rules.js';
import { Positions } from './positions.js';
import type { FileKind, RegisterName } from './walk.js';
import { itemDashOffset, locate, type LocateTarget } from './yaml-source.js';

export interface SourceFile {
  /** Relative to the content root, forward slashes. */
  path: string;
  absPath: string;
  kind: FileKind;
  register?: RegisterName;
  /** `md` for a Stand with front matter, `yaml` otherwise. */
  format: 'md' | 'yaml';
  /** The decoded text ('' when unreadable). */
  text: string;
  positions: Positions;
  /** The YAML part and where it starts in `text`. */
  yaml: string;
  yamlOffset: number;
  doc: Document.Parsed | undefined;
  /** Parsed data; undefined when the file could not be read or parsed. */
  data: unknown;
  /** The Markdown body of a `.md` Stand and its offset in `text`. */
  body?: { markdown: string; offset: number };
  diagnostics: Diagnostic[];
  /** Set once the schema was checked (possibly in a worker thread): whether the data matched. */
  schemaValid?: boolean;
  /** 1-based line of each knelpunt's `-`, when computed ahead (worker threads). */
  knelpuntLines?: number[];
  /** How long reading and checking this file alone took, for `--verbose`. */
  loadMs?: number;
}

/** A file with nothing read yet: the starting point of every loader. */
export function emptySourceFile(path: string, absPath: string, kind: FileKind, register?: RegisterName): SourceFile {
  const file: SourceFile = {
    path,
    absPath,
    kind,
    format: path.endsWith('.md') ? 'md' : 'yaml',
    text: '',
    positions: new Positions(''),
    yaml: '',
    yamlOffset: 0,
    doc: undefined,
    data: undefined,
    diagnostics: [],
  };
  if (register) file.register = register;
  return file;
}

export interface DiagnosticExtra {
  suggestions?: string[];
  /** For a rule whose severity depends on where it fires (invisible-character); else the catalogue's. */
  severity?: Severity;
}

export function report(file: SourceFile, ruleId: string, message: string, start: number, end: number, pointer?: string, extra: DiagnosticExtra = {}): void {
  const range = file.positions.range(start, end);
  const d: Diagnostic = { path: file.path, ruleId, severity: extra.severity ?? severityOf(ruleId), message, ...range };
  if (pointer !== undefined) d.pointer = pointer;
  if (extra.suggestions && extra.suggestions.length > 0) d.suggestions = extra.suggestions;
  file.diagnostics.push(d);
}

/** Report at the YAML node a JSON pointer names. */
export function reportAt(file: SourceFile, ruleId: string, message: string, pointer: string, target: LocateTarget = 'value', extra: DiagnosticExtra = {}): void {
  if (!file.doc) {
    report(file, ruleId, message, 0, 1, pointer, extra);
    return;
  }
  const [s, e] = locate(file.doc, pointer, target);
  report(file, ruleId, message, file.yamlOffset + s, file.yamlOffset + e, pointer, extra);
}

/** 1-based line in the file of the `-` of item `index` in the list at `pointer`. */
export function itemLine(file: SourceFile, pointer: string, index: number): number {
  if (!file.doc) return 1;
  const offset = itemDashOffset(file.doc, file.yaml, pointer, index) ?? 0;
  return file.positions.at(file.yamlOffset + offset).line;
}
