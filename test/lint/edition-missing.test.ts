import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTree } from '../../src/check/check-tree.js';
import { loadContentTree } from '../../src/load/load-tree.js';
import { buildTree } from './harness.js';

describe('edition-missing', () => {
  it('is an error on staat.yaml when it is gone after the content root was found', () => {
    const tree = buildTree();
    try {
      rmSync(join(tree.root, 'staat.yaml'));
      const checked = checkTree(loadContentTree(tree.root));
      const edition = checked.reported.find((f) => f.path === 'staat.yaml');
      expect(edition?.diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.column])).toEqual([['edition-missing', 'error', 1, 1]]);
    } finally {
      tree.cleanup();
    }
  });

  it('is not reported when staat.yaml is there', () => {
    const tree = buildTree();
    try {
      const checked = checkTree(loadContentTree(tree.root));
      expect(checked.reported.flatMap((f) => f.diagnostics).filter((d) => d.ruleId === 'edition-missing')).toEqual([]);
    } finally {
      tree.cleanup();
    }
  });
});
