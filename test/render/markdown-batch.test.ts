// The Markdown batch gives byte-identical HTML in this thread and with 1 or 2 worker threads,
// fills every page's fragments before its mark resolves, and never leaves a worker running.
//
// Under vitest the render modules are TypeScript: the worker and what it imports are transpiled
// to a scratch folder first (test/support/transpiled.ts).
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_CHARS_FOR_WORKERS, MarkdownBatch, autoWorkers } from '../../src/render/markdown-batch.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { transpileToScratch } from '../support/transpiled.js';

const SOURCES = ['markdown-worker.ts', 'markdown.ts', 'markdown-protocol.ts', 'safe-html.ts'];
let scratch: string;
let workerFile: URL;
let brokenWorker: URL;

beforeAll(() => {
  scratch = transpileToScratch('markdown-batch', 'src/render', SOURCES);
  workerFile = pathToFileURL(path.join(scratch, 'markdown-worker.js'));
  brokenWorker = pathToFileURL(path.join(scratch, 'broken-worker.js'));
  writeFileSync(path.join(scratch, 'broken-worker.js'), 'throw new Error("kapot");');
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Enough varied Markdown for several batches of 16 000 characters: GFM, footnotes, hostile
// HTML and URLs, plain prose (the shortcut), and headings at different levels.
const SNIPPETS = [
  'Een *klein* ~~groot~~ punt met **nadruk** en een [link](https://example.org/a?b=c&d=e).',
  'Tekst.[^1] Naar [de noot](#fn-1).\n\n[^1]: Noot met `code`.',
  '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) ![pixel](https://t.example/p.png)',
  'Gewoon proza zonder opmaak, over 14 weken wachttijd.\nTweede regel.',
  '# Kop\n\n## Subkop\n\n- a\n- b\n\n1. een\n2. twee\n\n| x | y |\n|---|---|\n| 1 | 2 |',
  'Zie www.example.nl en mailto:iemand@example.nl of <https://example.org>.\n\n> citaat\n\n```\ncode\n```',
];
const fragments = Array.from({ length: 260 }, (_, i) => ({
  markdown: `${SNIPPETS[i % SNIPPETS.length]}\n\nFragment ${i}: ${'woord '.repeat(i % 40)}*${i}*.`,
  idPrefix: `k-org-${i}-`,
  headingLevel: 2 + (i % 4),
}));

async function renderAll(options: ConstructorParameters<typeof MarkdownBatch>[0]) {
  const batch = new MarkdownBatch(options);
  try {
    const outs = fragments.map((f) => batch.add(f.markdown, f));
    batch.start();
    await batch.ready(batch.size);
    return { html: outs.map((o) => o.html), workers: batch.workerCount };
  } finally {
    await batch.close();
  }
}

describe('MarkdownBatch', () => {
  it('renders byte-identical HTML in this thread and with 1 and 2 workers', async () => {
    const expected = fragments.map((f) => renderMarkdown(f.markdown, f).html);
    expect(fragments.reduce((n, f) => n + f.markdown.length, 0)).toBeGreaterThan(3 * 16_000);
    const inThread = await renderAll({ workers: 0 });
    // Without stealing, the workers render every batch; with it, this thread shares the work.
    const one = await renderAll({ workers: 1, workerFile, steal: false });
    const two = await renderAll({ workers: 2, workerFile, steal: false });
    const shared = await renderAll({ workers: 1, workerFile });
    expect([inThread.workers, one.workers, two.workers, shared.workers]).toEqual([0, 1, 2, 1]);
    expect(inThread.html).toEqual(expected);
    expect(one.html).toEqual(expected);
    expect(two.html).toEqual(expected);
    expect(shared.html).toEqual(expected);
  });

  it('fills the fragments of a mark before it resolves, and not reads them earlier', async () => {
    for (const [workers, steal] of [[0, true], [2, false], [1, true]] as const) {
      const batch = new MarkdownBatch({ workers, workerFile, steal });
      try {
        const first = fragments.slice(0, 5).map((f) => batch.add(f.markdown, f));
        const mark = batch.size;
        const rest = fragments.slice(5, 120).map((f) => batch.add(f.markdown, f));
        // Not yet rendered: reading must fail loudly rather than print nothing.
        expect(() => rest[0]?.html).toThrow();
        batch.start();
        // Pending while workers still have it to do; in this thread never (ready() renders it then).
        expect(batch.pending(batch.size), `workers ${workers}`).toBe(workers > 0);
        await batch.ready(mark);
        expect(batch.pending(mark)).toBe(false);
        expect(first.map((o) => o.html), `workers ${workers}`).toEqual(fragments.slice(0, 5).map((f) => renderMarkdown(f.markdown, f).html));
        await batch.ready(batch.size);
        expect(batch.pending(batch.size)).toBe(false);
        expect(rest.at(-1)?.html).toBe(renderMarkdown(fragments[119]!.markdown, fragments[119]!).html);
      } finally {
        await batch.close();
      }
    }
  });

  it('renders in this thread when no compiled worker sits next to the (TypeScript) module', async () => {
    // A policy asks for workers, but src/render has no markdown-worker.js.
    const batch = new MarkdownBatch({ workers: () => 2 });
    const outs = fragments.slice(0, 20).map((f) => batch.add(f.markdown, f));
    batch.start();
    expect(batch.workerCount).toBe(0);
    await batch.ready(batch.size);
    await batch.close();
    expect(outs[19]?.html).toBe(renderMarkdown(fragments[19]!.markdown, fragments[19]!).html);
  });

  it('uses workers only for much Markdown and an idle core beside this thread', () => {
    expect(autoWorkers(MIN_CHARS_FOR_WORKERS - 1, 8)).toBe(0);
    expect(autoWorkers(MIN_CHARS_FOR_WORKERS, 1)).toBe(0);
    expect(autoWorkers(MIN_CHARS_FOR_WORKERS, 2)).toBe(1);
    expect(autoWorkers(MIN_CHARS_FOR_WORKERS, 4)).toBe(2);
    expect(autoWorkers(MIN_CHARS_FOR_WORKERS, 8)).toBe(2);
  });

  it('rejects, instead of hanging, when a worker fails; asking for absent workers is an error', async () => {
    const batch = new MarkdownBatch({ workers: 2, workerFile: brokenWorker, steal: false });
    fragments.forEach((f) => batch.add(f.markdown, f));
    await expect(batch.ready(batch.size)).rejects.toThrow(/kapot/);
    await batch.close();
    expect(() => new MarkdownBatch({ workers: 1, workerFile: new URL('file:///nergens/worker.js') }).start()).toThrow();
  });
});
