/** Where the cursor is in half-typed block YAML: the path the completion and hover work from. */
import { describe, expect, it } from 'vitest';
import { completionContext, hoverTarget } from '../../src/lsp/yaml-context.js';

const STAND = [
  'organisatie: uw', //             0
  'knelpunten:', //                 1
  '  - id: a', //                   2
  '    beschrijving: |', //         3
  '      thema: geen veld', //      4
  '    thema: ge', //               5
  '    actie_bij:', //              6
  '      - po', //                  7
  '    subthemas: [niet-gebruik, ', // 8
  '    ', //                        9
  'lichtpunten:', //                10
  '- thema: x', //                  11
  '  organisaties:', //             12
  '  - sv', //                      13
].join('\n');

describe('completionContext', () => {
  it.each([
    [0, 15, { kind: 'value', path: ['organisatie'], start: 13, end: 15, text: 'uw' }],
    [5, 13, { kind: 'value', path: ['knelpunten', '*', 'thema'], start: 11, end: 13, text: 'ge' }],
    [7, 10, { kind: 'value', path: ['knelpunten', '*', 'actie_bij', '*'], start: 8, end: 10, text: 'po' }],
    [8, 30, { kind: 'value', path: ['knelpunten', '*', 'subthemas', '*'], start: 30, end: 30, text: '' }],
    [9, 4, { kind: 'key', path: ['knelpunten', '*'], start: 4, end: 4, text: '' }],
    [13, 6, { kind: 'value', path: ['lichtpunten', '*', 'organisaties', '*'], start: 4, end: 6, text: 'sv' }],
  ] as const)('line %i column %i', (line, character, expected) => {
    expect(completionContext(STAND, line, character)).toEqual(expected);
  });

  it('nothing inside a block text (| or >)', () => {
    expect(completionContext(STAND, 4, 18)).toBeUndefined();
  });
});

describe('hoverTarget', () => {
  it('a key', () => {
    expect(hoverTarget(STAND, 5, 5)).toEqual({ path: ['knelpunten', '*', 'thema'], start: 4, end: 9 });
  });
  it('a value in a flow list', () => {
    expect(hoverTarget(STAND, 8, 20)).toEqual({ path: ['knelpunten', '*', 'subthemas', '*'], value: 'niet-gebruik', start: 16, end: 28 });
  });
  it('a list item', () => {
    expect(hoverTarget(STAND, 13, 5)).toEqual({ path: ['lichtpunten', '*', 'organisaties', '*'], value: 'sv', start: 4, end: 6 });
  });
});
