// Template fragments kept in the build cache as one pack per kind and scope; a long-running
// preview shares the pack between the renderers of its saves instead of reading it again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CacheStore } from '../../src/cache/index.js';
import { FragmentPack, PackShelf } from '../../src/render/fragment-pack.js';

const work = mkdtempSync(join(tmpdir(), 'staat-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cache() {
  return { store: new CacheStore(join(work, `c-${Math.random().toString(36).slice(2)}`), Buffer.alloc(32, 5)), fingerprint: 'staat' };
}

describe('FragmentPack', () => {
  it('gives the next build what this one used, from one read of the cache', () => {
    const c = cache();
    const first = new FragmentPack(c, 'templates', 'scope');
    expect(first.get('a')).toBeUndefined();
    first.set('a', '<p>a</p>');
    first.save();
    const second = new FragmentPack(c, 'templates', 'scope');
    const reads = c.store.stats.hits + c.store.stats.misses;
    expect(second.get('a')).toBe('<p>a</p>');
    expect(second.get('b')).toBeUndefined();
    expect(c.store.stats.hits + c.store.stats.misses).toBe(reads + 1);
    expect(new FragmentPack(c, 'templates', 'other scope').get('a')).toBeUndefined();
  });
});

describe('PackShelf', () => {
  it('reads a pack once for all the renderers of a process, per kind and scope', () => {
    const c = cache();
    const stored = new FragmentPack(c, 'templates', 'scope');
    stored.set('a', '<p>a</p>');
    stored.save();
    const shelf = new PackShelf();
    const before = c.store.stats.hits;
    for (let save = 0; save < 3; save++) expect(shelf.pack(c, 'templates', 'scope').get('a')).toBe('<p>a</p>');
    expect(c.store.stats.hits).toBe(before + 1);
    expect(shelf.pack(c, 'templates', 'scope')).toBe(shelf.pack(c, 'templates', 'scope'));
    expect(shelf.pack(c, 'templates', 'other scope')).not.toBe(shelf.pack(c, 'templates', 'scope'));
    expect(shelf.pack({ ...c, fingerprint: 'other staat' }, 'templates', 'scope')).not.toBe(shelf.pack(c, 'templates', 'scope'));
  });
});
