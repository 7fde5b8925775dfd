/**
 * The key that signs this user's cache entries. It lives outside every content tree, in the
 * user's cache folder ($XDG_CACHE_HOME/staat or ~/.cache/staat; STAAT_CACHE_SECRET_DIR for
 * tests), so that entries committed into a content repository by someone else are never used.
 * When it cannot be read or made, a key for this process only is used: the cache then works
 * within one run (and `staat dev`) and is simply cold the next time.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const KEY_BYTES = 32;
let memo: Buffer | undefined;

export function secretFolder(env: Record<string, string | undefined> = process.env): string {
  if (env['STAAT_CACHE_SECRET_DIR']) return env['STAAT_CACHE_SECRET_DIR'];
  const base = env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  return join(base, 'staat');
}

export function cacheSecret(): Buffer {
  if (memo) return memo;
  const file = join(secretFolder(), 'cache-key');
  memo = readKey(file) ?? makeKey(file);
  return memo;
}

function readKey(file: string): Buffer | undefined {
  try {
    const key = readFileSync(file);
    return key.length === KEY_BYTES ? key : undefined;
  } catch {
    return undefined;
  }
}

function makeKey(file: string): Buffer {
  const key = randomBytes(KEY_BYTES);
  try {
    mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, key, { mode: 0o600 });
    renameSync(temp, file);
    // Two processes may race to make it: whichever rename came last is the key from now on.
    return readKey(file) ?? key;
  } catch {
    return key;
  }
}
