import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText, formatJunit } from '../../src/format/junit.js';
import { NASTY, SORTED_PATHS, cleanResult, context, sampleResult } from './fixture.js';
import { parseXml, type XmlElement } from './xml.js';

function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

describe('the test XML reader itself', () => {
  it('rejects what is not well-formed', () => {
    const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
    expect(() => parseXml(`${head}<a><b></a></b>`)).toThrow();
    expect(() => parseXml(`${head}<a>x & y</a>`)).toThrow();
    expect(() => parseXml(`${head}<a t="1 < 2"/>`)).toThrow();
    expect(() => parseXml(`${head}<a>\u0007</a>`)).toThrow();
    expect(() => parseXml(`${head}<a>`)).toThrow();
    expect(parseXml(`${head}<a t="&quot;&#10;"><b/>x &amp; y</a>`)).toEqual({
      name: 'a',
      attrs: { t: '"\n' },
      children: [{ name: 'b', attrs: {}, children: [], text: '' }],
      text: 'x & y',
    });
  });
});

describe('junit reporter', () => {
  const xml = formatJunit(sampleResult(), context());
  const root = parseXml(xml);
  const suites = root.children;

  it('is well-formed, one testsuite per file in sorted order, with totals', () => {
    expect(root.name).toBe('testsuites');
    expect(suites.map((s) => s.name)).toEqual(['testsuite', 'testsuite', 'testsuite']);
    expect(suites.map((s) => s.attrs['name'])).toEqual(SORTED_PATHS);
    expect(root.attrs).toMatchObject({ tests: '6', failures: '1', errors: '0' });
    expect(xml.endsWith('</testsuites>\n')).toBe(true);
  });

  it('counts tests and failures per suite consistently with its testcases', () => {
    for (const s of suites) {
      expect(s.children.every((c) => c.name === 'testcase')).toBe(true);
      expect(Number(s.attrs['tests'])).toBe(s.children.length);
      expect(Number(s.attrs['failures'])).toBe(s.children.filter((c) => child(c, 'failure')).length);
      expect(s.attrs['errors']).toBe('0');
    }
    expect(suites.map((s) => [s.attrs['tests'], s.attrs['failures']])).toEqual([
      ['2', '0'],
      ['1', '0'],
      ['3', '1'],
    ]);
  });

  it('gives a file without errors one passing testcase, and its warnings as passing cases with output', () => {
    const [duo, svb] = suites as [XmlElement, XmlElement];
    expect(svb.children.map((c) => [c.attrs['name'], c.children.length])).toEqual([['lint', 0]]);
    expect(duo.children.map((c) => c.attrs['name'])).toEqual(['lint', 'knelpunt-verdwenen 1:1']);
    expect(child(duo.children[1]!, 'system-out')?.text).toContain('content/standen/2023/duo.md:1:1');
    expect(child(duo.children[1]!, 'failure')).toBeUndefined();
  });

  it('has one failing testcase per error, named ruleId line:col, in position order', () => {
    const uwv = suites[2]!;
    expect(uwv.children.map((c) => c.attrs['name'])).toEqual([
      'missing-oplossingsrichting 3:1',
      'unknown-thema 14:12',
      'kort-info 20:5',
    ]);
    const failure = child(uwv.children[1]!, 'failure')!;
    expect(failure.attrs['type']).toBe('unknown-thema');
    // The attribute round-trips exactly, minus the control character XML 1.0 cannot carry.
    expect(failure.attrs['message']).toBe(NASTY.replace('\u0007', ''));
    expect(failure.text).toContain('content/standen/2024/uwv.md:14:12');
    expect(failure.text).toContain('gegevensuitwisseling, gegevens');
    expect(uwv.children[1]!.attrs).toMatchObject({ classname: 'standen/2024/uwv.md', file: 'content/standen/2024/uwv.md' });
  });

  it('escapes markup and strips characters XML 1.0 forbids', () => {
    expect(escapeText('a<b>&c\u0000\u0007\u001b\uFFFE\uD800d')).toBe('a&lt;b&gt;&amp;cd');
    expect(escapeAttribute(`"'\n\t\r`)).toBe('&quot;&apos;&#10;&#9;&#13;');
    expect(escapeText('😀')).toBe('😀');
  });

  it('writes an empty but valid report for no files, and a passing one for a clean file', () => {
    expect(parseXml(formatJunit({ files: [] }, context()))).toMatchObject({ name: 'testsuites', attrs: { tests: '0' }, children: [] });
    const clean = parseXml(formatJunit(cleanResult(), context()));
    expect(clean.attrs).toMatchObject({ tests: '1', failures: '0' });
  });
});
