import { describe, expect, it } from 'vitest';
import { formatSarif } from '../../src/format/sarif.js';
import { NASTY, cleanResult, context, sampleResult } from './fixture.js';
import { checkSarif } from './sarif-shape.js';

/* Loosely typed access into the parsed log; the structural check below is what guards the shape. */
type Any = any;

describe('the SARIF structural check itself', () => {
  it('accepts a minimal log and reports violations', () => {
    expect(checkSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } } }] })).toEqual([]);
    const bad = {
      version: '2.0.0',
      runs: [
        {
          tool: { driver: { name: 'x', rules: [{ id: 'a', helpUrl: 'x' }] } },
          originalUriBaseIds: { ROOT: { uri: 'rel/' } },
          results: [
            {
              ruleId: 'b',
              ruleIndex: 0,
              level: 'info',
              message: {},
              locations: [{ physicalLocation: { artifactLocation: { uri: 'a b' }, region: { startLine: 0 } } }],
            },
          ],
        },
      ],
    };
    const problems = checkSarif(bad).join('\n');
    for (const expected of ['version', 'helpUrl', 'relative uri without uriBaseId', 'names another rule', 'bad level', 'text or id', 'not a URI reference', 'startLine'])
      expect(problems).toContain(expected);
  });
});

describe('sarif reporter', () => {
  const text = formatSarif(sampleResult(), context());
  const log: Any = JSON.parse(text);
  const run: Any = log.runs[0];

  it('passes the structural SARIF 2.1.0 check, also for a clean run and without a path prefix', () => {
    expect(checkSarif(log)).toEqual([]);
    expect(checkSarif(JSON.parse(formatSarif(cleanResult(), context({ pathPrefix: '' }))))).toEqual([]);
    expect(checkSarif(JSON.parse(formatSarif({ files: [] }, context({ rules: [] }))))).toEqual([]);
  });

  it('names the schema, version, one run and the tool', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('staat');
    expect(run.tool.driver.version).toBe('1.2.3');
    expect(run.tool.driver).not.toHaveProperty('informationUri');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('lists every known rule once with its level, then rules only seen in results', () => {
    expect(run.tool.driver.rules.map((r: Any) => [r.id, r.defaultConfiguration.level])).toEqual([
      ['yaml-syntax', 'error'],
      ['unknown-thema', 'error'],
      ['missing-oplossingsrichting', 'warning'],
      ['knelpunt-verdwenen', 'warning'],
      ['kort-info', 'note'],
    ]);
    expect(run.tool.driver.rules[1].shortDescription.text).toBe('Onbekend thema');
    // A rule with a page in docs/rules links to it and carries its text; a made-up id has neither.
    for (const r of run.tool.driver.rules.slice(0, 4)) {
      expect(r.helpUri).toMatch(new RegExp(`^file:///.*/docs/rules/${r.id}\\.md$`));
      expect(r.help.markdown.split('\n')[0]).toBe(`# ${r.id}`);
    }
    expect(run.tool.driver.rules[4]).not.toHaveProperty('helpUri');
  });

  it('has one result per problem, files sorted and by position, with rule index and mapped level', () => {
    expect(run.results.map((r: Any) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['knelpunt-verdwenen', 3, 'warning'],
      ['missing-oplossingsrichting', 2, 'warning'],
      ['unknown-thema', 1, 'error'],
      ['kort-info', 4, 'note'],
    ]);
  });

  it('locates a result by a plain uri relative to the working directory, with the exact region', () => {
    const r = run.results[2];
    expect(r.message.text).toBe(NASTY);
    expect(r.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'content/standen/2024/uwv.md', index: 2 },
          region: { startLine: 14, startColumn: 12, endLine: 14, endColumn: 26 },
        },
      },
    ]);
    expect(r.properties).toEqual({ pointer: '/knelpunten/2/thema', suggestions: ['gegevensuitwisseling', 'gegevens'] });
    expect(run.results[3]).not.toHaveProperty('properties');
  });

  it('lists every linted file as an artifact, without uriBaseId chains', () => {
    expect(run.artifacts.map((a: Any) => a.location)).toEqual([
      { uri: 'content/standen/2023/duo.md' },
      { uri: 'content/standen/2024/svb.yaml' },
      { uri: 'content/standen/2024/uwv.md' },
    ]);
    expect(run).not.toHaveProperty('originalUriBaseIds');
    expect(JSON.stringify(run)).not.toContain('uriBaseId');
    const bare: Any = JSON.parse(formatSarif(cleanResult(), context({ pathPrefix: '' })));
    expect(bare.runs[0].artifacts[0].location.uri).toBe('standen/2024/svb.yaml');
  });

  it('percent-encodes paths into URI references with forward slashes', () => {
    const path = 'standen/2024/a b#%é.md';
    const result = { files: [{ path, messages: [{ ...sampleResult().files[2]!.messages[0]!, path }] }] };
    const encoded: Any = JSON.parse(formatSarif(result, context({ pathPrefix: 'my content\\' })));
    expect(encoded.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('my%20content/standen/2024/a%20b%23%25%C3%A9.md');
    expect(checkSarif(encoded)).toEqual([]);
  });
});
