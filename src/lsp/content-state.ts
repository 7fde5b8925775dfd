/**
 * The content tree as the editor sees it: the files on disk with the open documents' unsaved
 * text laid over them. Checking is `staat lint`'s own lintTree over fresh copies of the parsed
 * files, so the editor shows exactly the problems the command line reports for the same text.
 *
 * What is incremental lives here and stays small: parsed files are kept between checks (a file
 * is read again only when it changed on disk), the open documents are parsed once per edit, and
 * a check reports only the Standen asked for. Context Standen of other organisations are read
 * lightly, as `staat lint PATH` does.
 */
import { unsuppressed, type Diagnostic } from '../lint/diagnostic.js';
import { lintTree, organisationsOf, standStem } from '../lint/lint.js';
import { loadLight } from '../load/light.js';
import { loadEntry } from '../load/load-tree.js';
import type { SourceFile } from '../load/source-file.js';
import { walkContentTree, type RegisterName, type TreeEntry } from '../load/walk.js';

interface DiskFile {
  file: SourceFile;
  /** Parsed fully (false: only the facts the cross-file rules read; see load/light.ts). */
  full: boolean;
}

export class ContentState {
  private entries = new Map<string, TreeEntry>();
  private readonly disk = new Map<string, DiskFile>();
  private readonly open = new Map<string, SourceFile>();

  constructor(readonly root: string) {
    this.rescan();
  }

  /** Lists the tree again (files may have been added, removed or renamed). */
  rescan(): void {
    this.entries = new Map(walkContentTree(this.root).map((e) => [e.path, e]));
  }

  entry(path: string): TreeEntry | undefined {
    return this.entries.get(path);
  }

  /** Forgets what was read of a file from disk; it is read again when needed. */
  invalidate(path: string): void {
    this.disk.delete(path);
  }

  /**
   * Lays an editor's text over a content file. Returns false when the path is not a file
   * `staat` reads (then it gets no diagnostics, as `staat lint` would not list it either).
   */
  setText(path: string, text: string): boolean {
    let entry = this.entries.get(path);
    if (!entry) {
      this.rescan();
      entry = this.entries.get(path);
    }
    if (!entry) return false;
    // Through the same byte checks as a file on disk (size, NUL bytes, encoding).
    this.open.set(path, loadEntry(entry, Buffer.from(text, 'utf8')));
    return true;
  }

  close(path: string): void {
    this.open.delete(path);
  }

  /** The file as the checks see it now: the open text, else the file on disk (parsed fully). */
  current(path: string): SourceFile | undefined {
    const open = this.open.get(path);
    if (open) return open;
    const entry = this.entries.get(path);
    return entry ? this.fromDisk(entry, true) : undefined;
  }

  registerFiles(): Map<RegisterName, SourceFile> {
    const files = new Map<RegisterName, SourceFile>();
    for (const entry of this.entries.values()) {
      if (entry.kind !== 'register') continue;
      const file = this.current(entry.path);
      if (file?.register) files.set(file.register, file);
    }
    return files;
  }

  /**
   * Diagnostics per path for staat.yaml, the registers and the given Standen, exactly as
   * `staat lint <standen>` would report them for this text (suppressed ones left out).
   */
  check(standen: ReadonlySet<string>): Map<string, Diagnostic[]> {
    const selectedFiles = [...standen].map((p) => this.current(p)).filter((f): f is SourceFile => f !== undefined);
    const organisations = organisationsOf(selectedFiles);
    const files: SourceFile[] = [];
    for (const entry of this.entries.values()) {
      const base = this.open.get(entry.path) ?? this.fromDisk(entry, entry.kind !== 'stand' || standen.has(entry.path) || organisations.has(standStem(entry.path)));
      // The checks append to a file's diagnostics: give them a copy, keep the parsed file pristine.
      files.push({ ...base, diagnostics: [...base.diagnostics] });
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const { result } = lintTree({ root: this.root, files }, standen);
    // What a suppression comment silences is not shown, as in every format but json and sarif.
    return new Map(unsuppressed(result).files.map((f) => [f.path, f.messages]));
  }

  private fromDisk(entry: TreeEntry, full: boolean): SourceFile {
    const known = this.disk.get(entry.path);
    if (known && (known.full || !full)) return known.file;
    const file = full ? loadEntry(entry) : loadLight(entry);
    this.disk.set(entry.path, { file, full });
    return file;
  }
}
