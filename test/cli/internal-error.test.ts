/** Exit 3 for an internal failure: a Dutch message and a hint to report it, never a bare stack trace. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/lint/lint.js', () => ({
  lintContentParallel: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'x')");
  },
}));

const { main } = await import('../../src/cli.js');
const { buildTree, makeIO } = await import('../lint/harness.js');

describe('internal failure', () => {
  it('exit 3, message on stderr, no stack, nothing on stdout', async () => {
    const tree = buildTree();
    try {
      const { io, out, err } = makeIO(tree.root);
      const code = await main(['lint', '--content', tree.root, '--format', 'json'], io);
      expect(code).toBe(3);
      expect(out()).toBe('');
      expect(err()).toMatch(/^staat: /);
      expect(err()).toContain("reading 'x'");
      expect(err()).not.toMatch(/\n\s+at /);
    } finally {
      tree.cleanup();
    }
  });
});
