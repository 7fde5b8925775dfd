/**
 * The light reader (load/light.ts) searches the bytes instead of decoding them. It must give
 * what reading every line of the decoded text gives, and refuse exactly the files decodeSource
 * refuses. The oracle below is the line-by-line reading it replaced.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSource, isDecodable } from '../../src/load/decode.js';
import { lightFacts, loadLight } from '../../src/load/light.js';

const VALUE = /^["']?([^"'#]*?)["']?\s*(?:#.*)?$/;
const valueOf = (rest: string): string => (VALUE.exec(rest.trim())?.[1] ?? '').trim();

function oracle(text: string): ReturnType<typeof lightFacts> {
  const facts: ReturnType<typeof lightFacts> = { knelpunten: [] };
  for (const line of text.split('\n')) {
    if (facts.organisatie === undefined && line.startsWith('organisatie:')) {
      const value = valueOf(line.slice(12));
      if (value !== '') facts.organisatie = value;
    } else if (facts.verslagjaar === undefined && line.startsWith('verslagjaar:')) {
      const value = valueOf(line.slice(12));
      if (/^\d+$/.test(value)) facts.verslagjaar = Number(value);
    } else if (line.includes('gedeeld_knelpunt:')) {
      const value = valueOf(line.slice(line.indexOf('gedeeld_knelpunt:') + 17));
      if (/^[a-z0-9-]+$/.test(value)) facts.knelpunten.push({ gedeeld_knelpunt: value });
    }
  }
  return facts;
}

const decoded = (bytes: Buffer): string => {
  const d = decodeSource(bytes);
  if (!d.ok) throw new Error('not decodable');
  return d.text;
};

const PIECES = ['organisatie:', 'verslagjaar:', 'gedeeld_knelpunt:', '  - gedeeld_knelpunt: ', ' ', '\n', '\r\n', '"', "'", '#', ' # x', 'uwv', 'a-b', '2024', '12', '-', 'é', '\ufeff', '€ x', 'X'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

describe('light facts', () => {
  it('equal a line-by-line reading of the decoded text', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, bom) => {
        const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(t, 'utf8')]);
        expect(lightFacts(bytes)).toEqual(oracle(decoded(bytes)));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['organisatie: uwv\nverslagjaar: 2024\n', { organisatie: 'uwv', verslagjaar: 2024, knelpunten: [] }],
    ['\ufefforganisatie: "svb"\r\n', { organisatie: 'svb', knelpunten: [] }],
    ['organisatie:\norganisatie: duo # x\n', { organisatie: 'duo', knelpunten: [] }],
    ['organisatie: gedeeld_knelpunt: a\n  gedeeld_knelpunt: b\norganisatie: c gedeeld_knelpunt: d', { organisatie: 'gedeeld_knelpunt: a', knelpunten: [{ gedeeld_knelpunt: 'b' }, { gedeeld_knelpunt: 'd' }] }],
  ])('%j', (t, facts) => {
    expect(lightFacts(Buffer.from(t))).toEqual(facts);
    expect(oracle(decoded(Buffer.from(t)))).toEqual(facts);
  });
});

describe('isDecodable', () => {
  it('agrees with decodeSource', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.array(fc.constantFrom(0x00, 0x0a, 0x41, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xed, 0xa0, 0x80, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xf0, 0x9f, 0x98), { maxLength: 40 }).map((a) => Uint8Array.from(a)),
      fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => Uint8Array.from(Buffer.from(s, 'utf16le'))),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        expect(isDecodable(b)).toBe(decodeSource(b).ok);
      }),
      { numRuns: 5000 },
    );
  });

  it('a file that does not decode gives no facts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'staat-light-'));
    const file = join(dir, 'x.md');
    writeFileSync(file, Buffer.from('organisatie: caf\xe9\n', 'latin1'));
    expect(loadLight({ path: 'standen/2024/x.md', absPath: file, kind: 'stand' }).data).toBeUndefined();
    writeFileSync(file, 'organisatie: uwv\n');
    expect(loadLight({ path: 'standen/2024/x.md', absPath: file, kind: 'stand' }).data).toEqual({ organisatie: 'uwv', knelpunten: [] });
  });
});
