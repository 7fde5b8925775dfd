// The whole report of the last build, kept in the build cache: an editor who builds again,
// or CI after a commit that changed no content, gets the same files back at once, without
// rendering or indexing anything.
//
// The key must pin down every byte of the report: the caller builds it from everything the
// report is made of (every content file, the templates, the options) except the build date,
// and staat's code is added here. The shipped templates print that date in one place only, the footer's
// `<time datetime="…">…</time>` (outside what the search indexes); the stored pages hold a
// mark there, and a hit puts in the date of this build. A report where either form of the date
// appears anywhere else (a knelpunt that mentions today, publicatiedatum on publication day)
// is not stored. Custom templates may print the date anywhere: the caller passes no key then.
import type { BuildCache } from '../cache/index.js';
import type { Diagnostic } from '../lint/diagnostic.js';
import { dutchDate } from '../render/labels.js';
import { SEARCH_DIR } from '../search/pagefind-index.js';

const KIND = 'report';
/** One slot, whatever staat's version: only the last build's report is worth keeping (at 600
 * organisations it is 300 MB). Its key is kept apart, so that a build with other content learns
 * it has no report without reading all of it. */
const HEAD = 'laatste-sleutel';
const BODY = 'laatste-rapport';
const MARK = '\u0000staat-datum\u0000';
const MARK_BYTES = Buffer.from(MARK);

/** What is stored with the report's bytes: every file's path and size, in order. */
interface Body {
  key: string;
  paths: string[];
  sizes: number[];
  /**
   * The cache entries the build that made the report used (its rendered Markdown and
   * templates): a build that reuses the report keeps them too, so the first build after a
   * change still finds them, however long the report was reused (the sweep removes what no
   * build used for a week).
   */
  companions: string[];
  /** What the build that made it printed and counted (absent in reports of older builds). */
  build?: RememberedBuild;
}

/**
 * What a build printed and counted besides the report: a build of the same content reuses it
 * without loading, checking or modelling anything. Lint results are a function of the files'
 * paths and texts and staat's code, all in the key; the texts themselves are not kept (the
 * reusing build has them, for code frames).
 */
export interface RememberedBuild {
  lint: { path: string; messages: Diagnostic[] }[];
  standen: number;
  knelpunten: number;
  concept: boolean;
  verslagjaar: number;
}

/** The footer's date element, as layout.liquid renders it. */
function dateElement(generatedAt: string): string {
  return `<time datetime="${generatedAt}">${dutchDate(generatedAt)}</time>`;
}

/** The report's key: the caller's, and staat's own code (the slot is shared by every version). */
const fullKey = (cache: BuildCache, key: string): string => `${cache.fingerprint}\n${key}`;

/**
 * The report stored under `key`, dated `generatedAt`, or undefined. Its texts stay UTF-8 bytes
 * (decoding 30 MB only to encode it again for writing would take a third of a second); they
 * are views into the one buffer read from the cache.
 */
export function cachedReport(cache: BuildCache, key: string, generatedAt: string): Map<string, Uint8Array> | undefined {
  return reusedBuild(cache, key, generatedAt)?.files;
}

/**
 * The search index of the report stored under `key` (a preview serves it until it has made its
 * own), or undefined; the pages are passed over, not copied to date them.
 */
export function cachedSearchFiles(cache: BuildCache, key: string): Map<string, Uint8Array> | undefined {
  const files = reusedBuild(cache, key, '', isSearchFile)?.files;
  return files && files.size > 0 ? files : undefined;
}

const isSearchFile = (path: string): boolean => path.startsWith(`${SEARCH_DIR}/`);

/** The report stored under `key` as cachedReport gives it (only the files `wanted`), and what its build remembered. */
export function reusedBuild(
  cache: BuildCache,
  key: string,
  generatedAt: string,
  wanted: (path: string) => boolean = () => true,
): { files: Map<string, Uint8Array>; build: RememberedBuild | undefined } | undefined {
  const full = fullKey(cache, key);
  if (cache.store.get(KIND, HEAD) !== full) return undefined;
  const entry = cache.store.getWithBytes(KIND, BODY);
  const body = entry?.value as Partial<Body> | undefined;
  if (!entry || body?.key !== full || !Array.isArray(body.paths) || !Array.isArray(body.sizes)) return undefined;
  const { bytes } = entry;
  const date = Buffer.from(dateElement(generatedAt));
  const files = new Map<string, Uint8Array>();
  let at = 0;
  for (const [i, path] of body.paths.entries()) {
    const size = body.sizes[i];
    if (typeof path !== 'string' || typeof size !== 'number' || at + size > bytes.length) return undefined;
    const content = bytes.subarray(at, at + size);
    if (wanted(path)) files.set(path, isSearchFile(path) ? content : replaceAll(content, MARK_BYTES, date));
    at += size;
  }
  if (at !== bytes.length) return undefined;
  if (Array.isArray(body.companions)) cache.store.keep(body.companions);
  return { files, build: isRemembered(body.build) ? body.build : undefined };
}

/** An HMAC-checked entry is ours, but a future bug could still have stored another shape. */
function isRemembered(value: unknown): value is RememberedBuild {
  const b = value as Partial<RememberedBuild> | undefined;
  return (
    b !== undefined && b !== null && typeof b === 'object' && Array.isArray(b.lint) && b.lint.every((f) => typeof f?.path === 'string' && Array.isArray(f.messages)) &&
    typeof b.standen === 'number' && typeof b.knelpunten === 'number' && typeof b.concept === 'boolean' && typeof b.verslagjaar === 'number'
  );
}

/** `bytes` with every `from` replaced by `to` (the same buffer when there is none). */
function replaceAll(bytes: Buffer, from: Buffer, to: Buffer): Buffer {
  const pieces = split(bytes, from, to);
  return pieces.length === 1 ? bytes : Buffer.concat(pieces);
}

/**
 * Keeps a complete report dated `generatedAt` under `key`, when the date is only in the
 * footers. Its files are read one at a time, twice (to learn the sizes stored ahead of the
 * bytes, then to store them): at 600 organisations the report is 300 MB, never in memory at once.
 */
export function storeReport(
  cache: BuildCache,
  key: string,
  generatedAt: string,
  files: { paths: readonly string[]; read(path: string): Uint8Array },
  build?: RememberedBuild,
): void {
  const date = Buffer.from(dateElement(generatedAt));
  const forms = [generatedAt, dutchDate(generatedAt)].map((form) => Buffer.from(form));
  /** A file as stored: slices with the footer's date element replaced by the mark; undefined when it cannot be stored. */
  const stored = (path: string): Buffer[] | undefined => {
    const content = files.read(path);
    const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    // The search index is binary (and holds no footer); every other file is text.
    if (isSearchFile(path)) return [bytes];
    if (bytes.includes(MARK_BYTES)) return undefined;
    const pieces = path.endsWith('.html') ? split(bytes, date, MARK_BYTES) : [bytes];
    return pieces.some((piece) => piece !== MARK_BYTES && forms.some((form) => piece.includes(form))) ? undefined : pieces;
  };
  const sizes: number[] = [];
  for (const path of files.paths) {
    const pieces = stored(path);
    if (pieces === undefined) return;
    sizes.push(pieces.reduce((sum, piece) => sum + piece.byteLength, 0));
  }
  const companions = [...cache.store.used].filter((name) => !name.startsWith(`${KIND}/`)).sort();
  const body: Body = { key: fullKey(cache, key), paths: [...files.paths], sizes, companions, ...(build ? { build } : {}) };
  cache.store.setWithBytes(
    KIND,
    BODY,
    body,
    (function* () {
      for (const path of files.paths) yield* stored(path)!;
    })(),
  );
  cache.store.set(KIND, HEAD, body.key);
}

/** `bytes` as slices, with every `from` replaced by `to`. */
function split(bytes: Buffer, from: Buffer, to: Buffer): Buffer[] {
  const pieces: Buffer[] = [];
  let at = 0;
  for (let hit = bytes.indexOf(from); hit !== -1; hit = bytes.indexOf(from, at)) {
    pieces.push(bytes.subarray(at, hit), to);
    at = hit + from.length;
  }
  pieces.push(bytes.subarray(at));
  return pieces;
}
