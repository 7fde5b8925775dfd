/**
 * Writes the report so that readers never see half of it: everything goes to a fresh sibling
 * folder first, which then replaces the previous output in two renames. A folder staat did not
 * write (no manifest) is never replaced, so a mistyped `--out ~` cannot wipe anything.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../usage-error.js';

export const MANIFEST = '.staat-manifest.json';

/** How many files StagedOutput writes at once. */
const WRITES_AT_ONCE = 16;

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

function real(path: string): string {
  // The output folder may not exist yet: resolve its nearest existing ancestor.
  let p = resolve(path);
  const rest: string[] = [];
  while (!existsSync(p)) {
    rest.unshift(basename(p));
    const parent = dirname(p);
    if (parent === p) break;
    p = parent;
  }
  return join(realpathSync(p), ...rest);
}

/** Refuses (UsageError, exit 2) an output folder that would endanger content or the project. */
export function assertSafeOutDir(out: string, contentRoot: string, projectDir: string): void {
  const o = real(out);
  const c = real(contentRoot);
  const p = real(projectDir);
  if (isInside(c, o)) throw new UsageError(`De uitvoermap ${out} is of bevat de inhoudsmap ${contentRoot}. Kies een andere map, bijvoorbeeld dist/.`);
  if (isInside(p, o)) throw new UsageError(`De uitvoermap ${out} is of bevat de huidige projectmap. Kies een map daarbinnen, bijvoorbeeld dist/.`);
  // Inside standen/ or registers/ the report's own files would be linted as content next time.
  if (isInside(o, join(c, 'standen')) || isInside(o, join(c, 'registers'))) {
    throw new UsageError(`De uitvoermap ${out} ligt in standen/ of registers/ van de inhoudsmap. Kies een map daarbuiten, bijvoorbeeld dist/.`);
  }
  if (existsSync(o)) {
    if (!statSync(o).isDirectory()) throw new UsageError(`${out} bestaat al en is geen map.`);
    const entries = readdirSync(o);
    if (entries.length > 0 && !entries.includes(MANIFEST)) {
      throw new UsageError(`De map ${out} is niet leeg en is niet door staat gemaakt (er staat geen ${MANIFEST} in). staat overschrijft zo'n map niet; kies een lege of nieuwe map.`);
    }
  }
}

/** Writes `files` as the complete new content of `out`, atomically replacing what was there. */
export async function writeOutput(out: string, files: ReadonlyMap<string, string | Uint8Array>, manifest: object): Promise<void> {
  const staged = StagedOutput.open(out);
  try {
    for (const [path, content] of files) staged.write(path, content);
    await staged.commit(manifest);
  } finally {
    await staged.discard();
  }
}

/**
 * The next content of an output folder, written file by file as a build makes it (so the build
 * need not hold the report: at 600 organisations it is 300 MB) into a fresh sibling folder that
 * replaces the output only at commit(). Writes run in the background while the build goes on.
 * Every file error is a UsageError (exit 2): the disk is full, the folder is read-only, a file
 * stands where a folder must; the output is then left as it was. Always `await discard()` it.
 */
export class StagedOutput {
  private readonly folders = new Set<string>();
  private readonly written: string[] = [];
  /** Writes not yet started, and how many are under way (at most WRITES_AT_ONCE). */
  private readonly queue: { abs: string; content: string | Uint8Array }[] = [];
  private active = 0;
  private readonly whenIdle: (() => void)[] = [];
  private failure: unknown;
  private done = false;

  private constructor(
    private readonly out: string,
    private readonly target: string,
    /** The folder being filled. */
    readonly dir: string,
    private readonly stamp: string,
  ) {}

  static open(out: string): StagedOutput {
    const target = resolve(out);
    const parent = dirname(target);
    const stamp = `${process.pid}-${Date.now().toString(36)}`;
    const dir = join(parent, `.staat-tmp-${basename(target)}-${stamp}`);
    return writing(out, () => {
      mkdirSync(parent, { recursive: true });
      removeStale(parent, basename(target));
      mkdirSync(dir);
      return new StagedOutput(out, target, dir, stamp);
    });
  }

  /** Starts writing one file (`path` relative to the output, with `/`); a failure surfaces at flush() and commit(). */
  write(path: string, content: string | Uint8Array): void {
    if (path.split('/').some((s) => s === '..' || s === '') || path.startsWith('/')) throw new Error(`ongeldig uitvoerpad: ${path}`);
    this.written.push(path);
    this.queue.push({ abs: join(this.dir, ...path.split('/')), content });
    this.pump();
  }

  /**
   * Starts queued writes while fewer than WRITES_AT_ONCE are under way: every write holds a
   * file open, and a build writes a thousand index files in one go (macOS allows a process
   * 256 open files by default).
   */
  private pump(): void {
    while (this.active < WRITES_AT_ONCE && this.queue.length > 0) {
      const { abs, content } = this.queue.shift()!;
      this.active++;
      void this.writeOne(abs, content)
        .catch((error: unknown) => {
          this.failure ??= error;
        })
        .finally(() => {
          this.active--;
          this.pump();
          if (this.active === 0) for (const resolve of this.whenIdle.splice(0)) resolve();
        });
    }
  }

  private async writeOne(abs: string, content: string | Uint8Array): Promise<void> {
    const folder = dirname(abs);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    await writeFile(abs, content);
  }

  /** Resolves when no write is under way or waiting. */
  private idle(): Promise<void> {
    return this.active === 0 ? Promise.resolve() : new Promise((resolve) => this.whenIdle.push(resolve));
  }

  /** Every path written, in the order written. */
  get paths(): readonly string[] {
    return this.written;
  }

  /** Resolves when every file written so far is on disk. */
  async flush(): Promise<void> {
    await this.idle();
    if (this.failure !== undefined) {
      const failure = this.failure;
      writing(this.out, () => {
        throw failure;
      });
    }
  }

  /** A file written before a flush(). */
  read(path: string): Buffer {
    return writing(this.out, () => readFileSync(join(this.dir, ...path.split('/'))));
  }

  /** Writes the manifest and puts the folder in the output's place. */
  async commit(manifest: object): Promise<void> {
    await this.flush();
    writing(this.out, () => {
      writeFileSync(join(this.dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
      const old = join(dirname(this.target), `.staat-old-${basename(this.target)}-${this.stamp}`);
      const hadOld = existsSync(this.target);
      if (hadOld) renameSync(this.target, old);
      try {
        renameSync(this.dir, this.target);
      } catch (error) {
        if (hadOld) renameSync(old, this.target);
        throw error;
      }
      this.done = true;
      if (hadOld) rmSync(old, { recursive: true, force: true });
    });
  }

  /** Removes the folder unless it was committed (after a failed build: nothing half-written stays). */
  async discard(): Promise<void> {
    if (this.done) return;
    this.done = true;
    // A write still under way could put a file back into a folder being removed.
    this.queue.length = 0;
    await this.idle();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Runs a file operation on the output; errors with an errno code become a UsageError. */
function writing<T>(out: string, operation: () => T): T {
  try {
    return operation();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new UsageError(`Kan het rapport niet schrijven naar ${out} (${code}: ${(error as Error).message.split(',')[0]}). De vorige uitvoer is ongewijzigd.`);
  }
}

/** Temporary folders of an earlier build that was killed (its process is gone). */
function removeStale(parent: string, name: string): void {
  for (const entry of readdirSync(parent)) {
    const m = /^\.staat-(?:tmp|old)-(.+)-(\d+)-[0-9a-z]+$/.exec(entry);
    if (!m || m[1] !== name || isAlive(Number(m[2]))) continue;
    rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
