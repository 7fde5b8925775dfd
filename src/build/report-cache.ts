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
/** One slot: only the last build's report is worth keeping. */
const SLOT = 'last';
const MARK = '\u0000staat-datum\u0000';
const MARK_BYTES = Buffer.from(MARK);

interface Entry {
  key: string;
  /** Every file; the texts (pages, data) as UTF-8, the pages with MARK for the footer's date. */
  files: Map<string, Uint8Array>;
}

/** The footer's date element, as layout.liquid renders it. */
function dateElement(generatedAt: string): string {
  return `<time datetime="${generatedAt}">${dutchDate(generatedAt)}</time>`;
}

/**
 * The report stored under `key`, dated `generatedAt`, or undefined. Its texts stay UTF-8 bytes
 * (decoding 30 MB only to encode it again for writing would take a third of a second).
 */
export function cachedReport(cache: BuildCache, key: string, generatedAt: string): Map<string, Uint8Array> | undefined {
  const entry = cache.store.get(KIND, `${cache.fingerprint}\n${SLOT}`) as Partial<Entry> | undefined;
  if (entry?.key !== key || !(entry.files instanceof Map)) return undefined;
  const date = Buffer.from(dateElement(generatedAt));
  const files = new Map<string, Uint8Array>();
  for (const [path, content] of entry.files as Map<unknown, unknown>) {
    if (typeof path !== 'string' || !(content instanceof Uint8Array)) return undefined;
    files.set(path, dated(Buffer.from(content.buffer, content.byteOffset, content.byteLength), date));
  }
  return files;
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
  const stored = new Map<string, Uint8Array>();
  for (const [path, content] of files) {
    if (typeof content !== 'string') {
      stored.set(path, content);
      continue;
    }
    if (content.includes(MARK)) return;
    const text = content.split(date).join(MARK);
    if (forms.some((form) => text.includes(form))) return;
    // As UTF-8: half the size of V8's serialization of these (two-byte) strings.
    stored.set(path, Buffer.from(text));
  }
  cache.store.set(KIND, `${cache.fingerprint}\n${SLOT}`, { key, files: stored } satisfies Entry);
}
