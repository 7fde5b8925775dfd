// The whole report of the last build, kept in the build cache: an editor who builds again,
// or CI after a commit that changed no content, gets the same files back at once, without
// rendering or indexing anything.
//
// The key must pin down every byte of the report: the caller builds it from everything the
// report is made of (every content file, the templates, staat's code, the options) except the
// build date. The shipped templates print that date in one place only, the footer's
// `<time datetime="…">…</time>` (outside what the search indexes); the stored pages hold a
// mark there, and a hit puts in the date of this build. A report where either form of the date
// appears anywhere else (a knelpunt that mentions today, publicatiedatum on publication day)
// is not stored. Custom templates may print the date anywhere: the caller passes no key then.
import type { BuildCache } from '../cache/index.js';
import { dutchDate } from '../render/labels.js';

const KIND = 'report';
/** One slot: only the last build's report is worth keeping. Its key is kept apart, so that a
 * build with other content learns it has no report without reading tens of megabytes. */
const HEAD = 'laatste-sleutel';
const BODY = 'laatste-rapport';
const MARK = '\u0000staat-datum\u0000';
const MARK_BYTES = Buffer.from(MARK);

/** The report as stored: every file's bytes one after the other (one buffer serializes fast). */
interface Body {
  key: string;
  paths: string[];
  sizes: number[];
  /** The texts (pages, data) as UTF-8, the pages with MARK for the footer's date. */
  bytes: Uint8Array;
}

/** The footer's date element, as layout.liquid renders it. */
function dateElement(generatedAt: string): string {
  return `<time datetime="${generatedAt}">${dutchDate(generatedAt)}</time>`;
}

const slot = (cache: BuildCache, name: string): string => `${cache.fingerprint}\n${name}`;

/**
 * The report stored under `key`, dated `generatedAt`, or undefined. Its texts stay UTF-8 bytes
 * (decoding 30 MB only to encode it again for writing would take a third of a second).
 */
export function cachedReport(cache: BuildCache, key: string, generatedAt: string): Map<string, Uint8Array> | undefined {
  if (cache.store.get(KIND, slot(cache, HEAD)) !== key) return undefined;
  const body = cache.store.get(KIND, slot(cache, BODY)) as Partial<Body> | undefined;
  if (body?.key !== key || !Array.isArray(body.paths) || !Array.isArray(body.sizes) || !(body.bytes instanceof Uint8Array)) return undefined;
  const bytes = Buffer.from(body.bytes.buffer, body.bytes.byteOffset, body.bytes.byteLength);
  const date = Buffer.from(dateElement(generatedAt));
  const files = new Map<string, Uint8Array>();
  let at = 0;
  for (const [i, path] of body.paths.entries()) {
    const size = body.sizes[i];
    if (typeof path !== 'string' || typeof size !== 'number' || at + size > bytes.length) return undefined;
    files.set(path, dated(bytes.subarray(at, at + size), date));
    at += size;
  }
  return at === bytes.length ? files : undefined;
}

/** `content` with every MARK replaced by `date`. */
function dated(content: Buffer, date: Buffer): Uint8Array {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = content.indexOf(MARK_BYTES); at !== -1; at = content.indexOf(MARK_BYTES, from)) {
    parts.push(content.subarray(from, at), date);
    from = at + MARK_BYTES.length;
  }
  if (parts.length === 0) return content;
  parts.push(content.subarray(from));
  return Buffer.concat(parts);
}

/** Keeps `files` (a complete report dated `generatedAt`) under `key`, when the date is only in the footers. */
export function storeReport(cache: BuildCache, key: string, generatedAt: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const date = dateElement(generatedAt);
  const forms = [generatedAt, dutchDate(generatedAt)];
  const paths: string[] = [];
  const parts: Uint8Array[] = [];
  for (const [path, content] of files) {
    let bytes = content;
    if (typeof content === 'string') {
      if (content.includes(MARK)) return;
      const text = content.split(date).join(MARK);
      if (forms.some((form) => text.includes(form))) return;
      bytes = Buffer.from(text);
    }
    paths.push(path);
    parts.push(bytes as Uint8Array);
  }
  const body: Body = { key, paths, sizes: parts.map((p) => p.byteLength), bytes: Buffer.concat(parts) };
  cache.store.set(KIND, slot(cache, BODY), body);
  cache.store.set(KIND, slot(cache, HEAD), key);
}
