/**
 * Test harness for `staat lint`: copies the base content tree to a temp dir, applies a case's
 * changes, runs `main()` in-process with `--format json` and hands back the parsed result.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main, type CliIO } from '../../src/cli.js';

export const BASE_DIR = fileURLToPath(new URL('../fixtures/base/', import.meta.url));
export const PLANTED_DIR = fileURLToPath(new URL('../fixtures/planted/', import.meta.url));

/** A symbolic link; `to` is relative to the case's temp folder, whose `content/` is the root. */
export interface Symlink {
  symlink: string;
}

/** Per path (relative to the content root): new content, `null` to delete, or a symlink. */
export type CaseFiles = Record<string, string | Buffer | null | Symlink>;

export interface JsonMessage {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  pointer?: string;
  suggestions?: string[];
  suppressed?: true;
}

export interface JsonReport {
  version: number;
  summary: { files: number; errors: number; warnings: number; infos: number };
  files: { path: string; messages: JsonMessage[] }[];
}

export type FlatMessage = JsonMessage & { path: string };

export interface LintOutcome {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Parsed stdout when the format is json and stdout is not empty. */
  json: JsonReport | undefined;
  /** Every message of every file, with its path. */
  messages: FlatMessage[];
  /** The text of each file as the case wrote it (or the base text), for position checks. */
  texts: Map<string, string>;
}

/** The base fixture's text of a file. */
export function base(path: string): string {
  return readFileSync(join(BASE_DIR, path), 'utf8');
}

export function makeIO(cwd: string): { io: CliIO; out: () => string; err: () => string } {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env: { NO_COLOR: '1' },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: () => 0,
  };
  return { io, out: () => stdout, err: () => stderr };
}

/** Builds a case's content tree in a fresh temp folder; returns the content root and a cleanup. */
export function buildTree(files: CaseFiles = {}, from: string = BASE_DIR): { root: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'staat-lint-'));
  const root = join(dir, 'content');
  cpSync(from, root, { recursive: true });
  // Something outside the content root for symlinks to point at.
  mkdirSync(join(dir, 'outside'));
  writeFileSync(join(dir, 'outside', 'geheim.yaml'), base('standen/2024/svb.yaml'));
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path);
    rmSync(abs, { force: true, recursive: true });
    if (content === null) continue;
    mkdirSync(dirname(abs), { recursive: true });
    if (typeof content === 'object' && !Buffer.isBuffer(content)) symlinkSync(join(dir, content.symlink), abs);
    else writeFileSync(abs, content);
  }
  return { root, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RunOptions {
  /** Extra arguments after `lint` (paths, flags); paths are relative to the content root. */
  args?: string[];
  format?: string;
}

/** Runs `staat lint` on an already built content root. */
export async function runLint(root: string, options: RunOptions = {}): Promise<Omit<LintOutcome, 'texts'>> {
  const { io, out, err } = makeIO(root);
  const format = options.format ?? 'json';
  const exitCode = await main(['lint', '--content', root, '--format', format, ...(options.args ?? [])], io);
  const stdout = out();
  const json = format === 'json' && stdout.trim() !== '' ? (JSON.parse(stdout) as JsonReport) : undefined;
  const messages = json ? json.files.flatMap((f) => f.messages.map((m) => ({ path: f.path, ...m }))) : [];
  return { exitCode, stdout, stderr: err(), json, messages };
}

/** Builds the case, lints it, cleans up. */
export async function lintCase(files: CaseFiles = {}, options: RunOptions = {}): Promise<LintOutcome> {
  const tree = buildTree(files);
  try {
    const result = await runLint(tree.root, options);
    const texts = new Map<string, string>();
    for (const [path, content] of Object.entries(files)) {
      if (typeof content === 'string') texts.set(path, content);
    }
    return { ...result, texts };
  } finally {
    tree.cleanup();
  }
}

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Where `needle` (the `occurrence`-th, 1-based) sits in `text`, as editors count: 1-based line
 * and column, end column just past the last character. A leading BOM is not a column.
 * With `inner`, the span of `inner` inside that occurrence of `needle`.
 */
export function spanOf(text: string, needle: string, inner?: string, occurrence = 1): Span {
  const t = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = t.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' (#${occurrence}) not in text`);
  }
  if (inner !== undefined) {
    const off = needle.indexOf(inner);
    if (off < 0) throw new Error(`'${inner}' not in '${needle}'`);
    at += off;
  }
  const len = (inner ?? needle).length;
  const pos = (o: number): { line: number; column: number } => {
    const before = t.slice(0, o);
    const line = before.split('\n').length;
    return { line, column: o - (before.lastIndexOf('\n') + 1) + 1 };
  };
  const s = pos(at);
  const e = pos(at + len);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

/** The parts of a message a test compares; drop prose. */
export function key(m: FlatMessage): string {
  return `${m.path}|${m.ruleId}|${m.severity}|${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
}
