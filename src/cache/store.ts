/**
 * The persistent build cache: `.staat/cache/` in the content root. A keyed store of values that
 * are expensive to compute and depend on nothing but what their key names (the callers build
 * the keys; see load/cached.ts and render/markdown-cache.ts).
 *
 * The cache may be deleted at any time and is never trusted: an entry is used only when its
 * header names exactly the key asked for and its payload has the checksum the header says.
 * The checksum is an HMAC with a secret kept outside the content tree (secret.ts): the content
 * root is where untrusted submissions land, and an entry planted there (rendered Markdown with a
 * script in it, say) must not pass for one this user's staat wrote.
 * Anything else (truncated, corrupted, from another version, unreadable) is a miss, and the
 * caller's fresh result overwrites it. Writing is best effort: a read-only or full disk makes
 * a build slower, never a failure. Entries are written to a temporary file and renamed, so a
 * reader (or a second build at the same time) sees a whole entry or none.
 *
 * An entry's mtime is when it was last used, to the day: a hit on an entry older than a day
 * sets it to now. That is what sweep.ts goes by, for every build, lint and `staat dev` that
 * shares the folder; once a day per entry keeps it to a few utimes calls per build.
 */
import { createHash, createHmac } from 'node:crypto';
import { closeSync, fstatSync, futimesSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { threadId } from 'node:worker_threads';

/** Where the cache lives, relative to the content root (next to `.staat/schemas/`). */
export const CACHE_DIR = join('.staat', 'cache');

const MAGIC = Buffer.from('staat-cache-2\n', 'latin1');
const HASH_BYTES = 32;
const HEADER_BYTES = MAGIC.length + 2 * HASH_BYTES;
/** How `used` names an entry: its kind and key hash, which is also its path in the cache. */
const ENTRY_NAME = /^[a-z]+\/[0-9a-f]{64}$/;

/** A hit marks its entry as used when the mark is older than this (see sweep.ts). */
export const TOUCH_AFTER_MS = 24 * 60 * 60 * 1000;

export function sha256(...parts: (string | Uint8Array)[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) {
    // A length prefix per part: ('ab','c') and ('a','bc') must not collide.
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest();
}

export class CacheStore {
  /** The folder of this store (`<content root>/.staat/cache`). */
  readonly dir: string;
  private writable = true;
  private readonly made = new Set<string>();
  private counter = 0;
  /** Entries read, found and written by this process: for tests and `--verbose`. */
  readonly stats = { hits: 0, misses: 0, writes: 0 };
  /** `kind/name` of every entry this store found or wrote: the sweep keeps these whatever their mtime. */
  readonly used = new Set<string>();

  /** The HMAC key of the checksums (see secret.ts). */
  readonly secret: Buffer;

  constructor(dir: string, secret: Buffer) {
    this.dir = dir;
    this.secret = secret;
  }

  /** The value stored under `key` in `kind`, or undefined (absent or not trustworthy). */
  get(kind: string, key: string): unknown {
    return this.getWithBytes(kind, key)?.value;
  }

  /**
   * The value and the bytes stored with it by setWithBytes (empty after set), or undefined.
   * The bytes are a view into the entry as read: one read, no copy.
   */
  getWithBytes(kind: string, key: string): { value: unknown; bytes: Buffer } | undefined {
    const keyHash = sha256(kind, key);
    let fd: number;
    try {
      fd = openSync(this.file(kind, keyHash), 'r');
    } catch {
      this.stats.misses++;
      return undefined;
    }
    try {
      const entry = decodeEntry(readFileSync(fd), keyHash, this.secret);
      if (entry === undefined) {
        this.stats.misses++;
        return undefined;
      }
      this.stats.hits++;
      this.used.add(`${kind}/${keyHash.toString('hex')}`);
      markUsed(fd);
      return entry;
    } catch {
      this.stats.misses++;
      return undefined;
    } finally {
      closeSync(fd);
    }
  }

  /** Stores `value` (anything structured clone can copy) under `key`; failures are ignored. */
  set(kind: string, key: string, value: unknown): void {
    this.setWithBytes(kind, key, value, []);
  }

  /**
   * Stores `value` and, after it, `bytes` as they are: for large binary content (a whole report)
   * that serialization would copy twice over. The bytes are written as they come, so they need
   * never be in memory at once. Failures are ignored.
   */
  setWithBytes(kind: string, key: string, value: unknown, bytes: Iterable<Uint8Array>): void {
    if (!this.writable) return;
    const keyHash = sha256(kind, key);
    const target = this.file(kind, keyHash);
    const temp = `${target}.${process.pid}-${threadId}-${this.counter++}.tmp`;
    try {
      this.ensureFolder(kind);
      const fd = openSync(temp, 'w');
      try {
        writeEntry(fd, value, bytes, keyHash, this.secret);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, target);
      this.stats.writes++;
      this.used.add(`${kind}/${keyHash.toString('hex')}`);
    } catch {
      // No cache is slower, not wrong. Stop trying after the first failure (read-only disk).
      this.writable = false;
      try {
        rmSync(temp, { force: true });
      } catch {
        // There is no folder to leave it in.
      }
    }
  }

  /**
   * Marks entries as used without reading them (names as in `used`, e.g. what a stored report
   * was made with): an entry only a later build needs must outlive a week of builds that did
   * not read it. Names of another shape, and entries that are gone, are passed over.
   */
  keep(names: Iterable<unknown>): void {
    for (const name of names) {
      if (typeof name !== 'string' || !ENTRY_NAME.test(name) || this.used.has(name)) continue;
      try {
        const fd = openSync(join(this.dir, name), 'r');
        try {
          markUsed(fd);
        } finally {
          closeSync(fd);
        }
        this.used.add(name);
      } catch {
        // Gone: the next build that needs it makes it again.
      }
    }
  }

  private file(kind: string, keyHash: Buffer): string {
    return join(this.dir, kind, keyHash.toString('hex'));
  }

  private ensureFolder(kind: string): void {
    if (this.made.has(kind)) return;
    if (this.made.size === 0) {
      mkdirSync(this.dir, { recursive: true });
      // Never committed, wherever the content root lives; and backup tools may skip it.
      writeIfAbsent(join(this.dir, '.gitignore'), '# staat build cache: safe to delete\n*\n');
      writeIfAbsent(join(this.dir, 'CACHEDIR.TAG'), 'Signature: 8a477f597d28d172789f06886806bc55\n# staat build cache: safe to delete (https://bford.info/cachedir/)\n');
    }
    mkdirSync(join(this.dir, kind), { recursive: true });
    this.made.add(kind);
  }
}

/** Sets the entry's mtime to now if it is older than a day. */
function markUsed(fd: number): void {
  try {
    const now = Date.now();
    if (now - fstatSync(fd).mtimeMs < TOUCH_AFTER_MS) return;
    futimesSync(fd, now / 1000, now / 1000);
  } catch {
    // Not ours to touch (another user's file): a sweep may then remove it while still in use,
    // which costs a miss later, never a wrong result.
  }
}

function writeIfAbsent(path: string, text: string): void {
  try {
    writeFileSync(path, text, { flag: 'wx' });
  } catch {
    // Exists already (or cannot be written, which the entry write will notice).
  }
}

function writeAll(fd: number, chunk: Uint8Array): void {
  for (let at = 0; at < chunk.byteLength; ) at += writeSync(fd, chunk, at);
}

function checksum(secret: Buffer, keyHash: Buffer, payload: readonly Uint8Array[]): Buffer {
  const hmac = createHmac('sha256', secret).update(keyHash);
  for (const part of payload) hmac.update(part);
  return hmac.digest();
}

/**
 * magic · sha256(kind, key) · HMAC(key hash, payload) · payload, where the payload is the
 * value's length (4 bytes) and v8 serialization, then the bytes. Written piece by piece, and
 * the HMAC last, into the room left for it: the bytes are never copied into one buffer.
 */
function writeEntry(fd: number, value: unknown, bytes: Iterable<Uint8Array>, keyHash: Buffer, secret: Buffer): void {
  const serialized = serialize(value);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(serialized.length);
  const hmac = createHmac('sha256', secret).update(keyHash);
  for (const chunk of [MAGIC, keyHash, Buffer.alloc(HASH_BYTES)]) writeAll(fd, chunk);
  const payload = (chunk: Uint8Array) => {
    hmac.update(chunk);
    writeAll(fd, chunk);
  };
  payload(length);
  payload(serialized);
  for (const chunk of bytes) payload(chunk);
  const digest = hmac.digest();
  for (let at = 0; at < HASH_BYTES; ) at += writeSync(fd, digest, at, HASH_BYTES - at, MAGIC.length + HASH_BYTES + at);
}

/** The value (and bytes) of an entry read from disk, or undefined when anything about it is off. */
export function decodeEntry(raw: Buffer, keyHash: Buffer, secret: Buffer): { value: unknown; bytes: Buffer } | undefined {
  if (raw.length < HEADER_BYTES + 4) return undefined;
  if (!raw.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  if (!raw.subarray(MAGIC.length, MAGIC.length + HASH_BYTES).equals(keyHash)) return undefined;
  const payload = raw.subarray(HEADER_BYTES);
  if (!raw.subarray(MAGIC.length + HASH_BYTES, HEADER_BYTES).equals(checksum(secret, keyHash, [payload]))) return undefined;
  const length = payload.readUInt32BE(0);
  if (4 + length > payload.length) return undefined;
  try {
    return { value: deserialize(payload.subarray(4, 4 + length)), bytes: payload.subarray(4 + length) };
  } catch {
    return undefined;
  }
}
