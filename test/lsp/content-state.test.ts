/**
 * The editor's view of the tree, in-process: unsaved text is checked like a saved file, the disk
 * stays untouched, and the quick fix for opdrachtgever-ambiguous adds the field instead of
 * replacing actie_bij.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentState } from '../../src/lsp/content-state.js';
import { quickFixes } from '../../src/lsp/code-actions.js';
import { toLspDiagnostic } from '../../src/lsp/diagnostics.js';
import { base, buildTree } from '../lint/harness.js';
import { sub } from '../lint/rule-cases.js';

const SVB = 'standen/2024/svb.yaml';
const AMBIGUOUS = sub(base(SVB), '    opdrachtgever: szw\n', '');

describe('ContentState', () => {
  let tree: ReturnType<typeof buildTree>;
  beforeAll(() => {
    tree = buildTree();
  });
  afterAll(() => tree.cleanup());

  it('checks the open text, and again after it is closed, the disk', () => {
    const state = new ContentState(tree.root);
    expect(state.setText(SVB, AMBIGUOUS)).toBe(true);
    expect(state.check(new Set([SVB])).get(SVB)?.map((d) => [d.ruleId, d.line, d.column])).toEqual([['opdrachtgever-ambiguous', 12, 16]]);
    // A second check gives the same (the parsed files are not changed by checking).
    expect(state.check(new Set([SVB])).get(SVB)).toHaveLength(1);
    state.close(SVB);
    expect(state.check(new Set([SVB])).get(SVB)).toEqual([]);
    expect(readFileSync(join(tree.root, SVB), 'utf8')).toBe(base(SVB));
  });

  it('a suppression comment silences a warning in the editor too', () => {
    const state = new ContentState(tree.root);
    const noOplossing = sub(base(SVB), '    oplossingsrichting: Eenvoudiger regels.\n', '');
    state.setText(SVB, noOplossing);
    expect(state.check(new Set([SVB])).get(SVB)?.map((d) => d.ruleId)).toEqual(['missing-oplossingsrichting']);
    state.setText(SVB, sub(noOplossing, '  - id: aow-buitenland', '  # staat-disable-next-line missing-oplossingsrichting -- volgt in 2025\n  - id: aow-buitenland'));
    expect(state.check(new Set([SVB])).get(SVB)).toEqual([]);
  });

  it('a path outside what staat reads gets no diagnostics', () => {
    const state = new ContentState(tree.root);
    expect(state.setText('docs/notities.md', '# notities')).toBe(false);
  });

  it('the quick fix for opdrachtgever-ambiguous adds opdrachtgever under actie_bij', () => {
    const state = new ContentState(tree.root);
    state.setText(SVB, AMBIGUOUS);
    const diagnostics = state.check(new Set([SVB])).get(SVB)!.map(toLspDiagnostic);
    const doc = TextDocument.create('file:///svb.yaml', 'yaml', 1, AMBIGUOUS);
    const actions = quickFixes(doc, diagnostics);
    expect(actions.map((a) => a.title)).toHaveLength(2);
    const fixed = TextDocument.applyEdits(doc, actions[1]!.edit!.changes!['file:///svb.yaml']!);
    expect(fixed).toBe(base(SVB).replace('    opdrachtgever: szw\n', '    opdrachtgever: vws\n'));
    state.setText(SVB, fixed);
    expect(state.check(new Set([SVB])).get(SVB)).toEqual([]);
  });
});
