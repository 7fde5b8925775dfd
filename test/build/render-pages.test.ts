// The order a build renders its pages in: the search pages reach the indexer in path order
// whatever the indexer's speed, and the other pages fill the time the indexer is behind.
import { describe, expect, it } from 'vitest';
import { renderPages } from '../../src/build/render-pages.js';

const PATHS = ['a/index.html', 'assets/style.css', 'b/index.html', 'c/index.html', 'knelpunten/index.html', 'knelpunten/x/index.html', 'z/index.html'];
const renderer = {
  paths: PATHS,
  searched: (path: string) => path.endsWith('.html') && !path.startsWith('knelpunten/'),
  waiting: () => false,
  file: async (path: string) => `<main>${path}</main>`,
};

/** An indexer that is behind for the first `behind` questions. */
function feed(behind: number) {
  const log: string[] = [];
  let asked = 0;
  return {
    log,
    get busy() {
      return asked++ < behind;
    },
    caughtUp: async () => {
      log.push('wait');
    },
    add: (path: string) => void log.push(`add ${path}`),
    other: (html: string) => void log.push(`other ${html}`),
    searchPagesDone: () => void log.push('done'),
  };
}

/** Every file renderPages wrote, in the order written. */
async function rendered(...args: [Parameters<typeof renderPages>[0], Parameters<typeof renderPages>[1]]): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  await renderPages(...args, (path, content) => files.set(path, content));
  return files;
}

describe('renderPages', () => {
  it('gives the indexer the search pages in path order, then asks for the index, then renders the rest', async () => {
    const f = feed(0);
    const files = await rendered(renderer, f);
    expect(f.log.filter((l) => l.startsWith('add') || l === 'done')).toEqual(['add a/index.html', 'add b/index.html', 'add c/index.html', 'add z/index.html', 'done']);
    expect(f.log.indexOf('done')).toBeLessThan(f.log.indexOf('other <main>knelpunten/index.html</main>'));
    expect([...files.keys()].sort()).toEqual(PATHS);
    expect(Buffer.from(files.get('b/index.html')!).toString()).toBe('<main>b/index.html</main>');
  });

  it('renders the other pages while the indexer is behind, and the search pages still go in path order', async () => {
    const f = feed(3);
    const files = await rendered(renderer, f);
    expect(f.log.filter((l) => l.startsWith('add'))).toEqual(['add a/index.html', 'add b/index.html', 'add c/index.html', 'add z/index.html']);
    // Three times behind: the stylesheet and both lists render before the first search page.
    expect([...files.keys()].slice(0, 4)).toEqual(['assets/style.css', 'knelpunten/index.html', 'knelpunten/x/index.html', 'a/index.html']);
    expect(f.log.at(-1)).toBe('done');
  });

  it('renders the other pages while the next search page waits for its Markdown', async () => {
    let asked = 0;
    const f = feed(0);
    const files = await rendered({ ...renderer, waiting: (path: string) => path === 'b/index.html' && asked++ < 2 }, f);
    expect([...files.keys()].slice(0, 4)).toEqual(['a/index.html', 'assets/style.css', 'knelpunten/index.html', 'b/index.html']);
    expect(f.log.filter((l) => l.startsWith('add'))).toEqual(['add a/index.html', 'add b/index.html', 'add c/index.html', 'add z/index.html']);
  });

  it('renders everything in path order groups without a search index', async () => {
    const files = await rendered(renderer, undefined);
    expect([...files.keys()]).toEqual(['a/index.html', 'b/index.html', 'c/index.html', 'z/index.html', 'assets/style.css', 'knelpunten/index.html', 'knelpunten/x/index.html']);
  });
});
