/**
 * YAML syntax errors that point at the cause (issue 7): each case with its exact position.
 * The Stand is the minimal one of rule-cases.ts with one line changed; line numbers below
 * count in that text (line 4 is `  - id: een-knelpunt`, 5 `titel`, 6 `beschrijving`, …).
 */
import { describe, expect, it } from 'vitest';
import { lintCase, type FlatMessage } from './harness.js';
import { sub, yamlStand } from './rule-cases.js';

const PATH = 'standen/2024/svb.yaml';
const STAND = yamlStand('svb', 2024);

async function lint(text: string): Promise<FlatMessage[]> {
  const r = await lintCase({ [PATH]: text });
  return r.messages.filter((m) => m.path === PATH);
}

const at = (m: FlatMessage): string => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;

describe('YAML syntax errors at their cause', () => {
  it('an unquoted ": " inside a value: at that colon, with the quoted line in the message', async () => {
    const ms = await lint(sub(STAND, 'titel: Een knelpunt van svb', 'titel: Wachttijd WIA: mensen wachten maanden'));
    expect(ms.map(at)).toEqual(['yaml-syntax 5:25-5:26']);
    expect(ms[0]?.message).toContain('titel: "Wachttijd WIA: mensen wachten maanden"');
  });

  it('the same at the top of the file and as the last field', async () => {
    expect((await lint(sub(STAND, 'verslagjaar: 2024', 'verslagjaar: 2024\ntitel: Stand: de uitvoering'))).map(at)).toEqual(['yaml-syntax 3:13-3:14']);
    expect((await lint(`${STAND}    wetten: [Participatiewet]\ntitel: Stand 2024: de uitvoering\n`)).map(at)).toEqual(['yaml-syntax 13:18-13:19']);
  });

  it('a line indented further than its neighbours: on that line', async () => {
    const ms = await lint(sub(STAND, '    thema: niet-gebruik', '      thema: niet-gebruik'));
    expect(ms.map(at)).toEqual(['yaml-syntax 9:7-9:12']);
  });

  it('a line indented less, between the item and its dash: on that line', async () => {
    const ms = await lint(sub(STAND, '    thema: niet-gebruik', '   thema: niet-gebruik'));
    expect(ms.map(at)).toEqual(['yaml-syntax 9:4-9:9']);
  });

  it('a line indented back to the level of the dash: on that line', async () => {
    const ms = await lint(sub(STAND, '    thema: niet-gebruik', '  thema: niet-gebruik'));
    expect(ms.map(at)).toEqual(['yaml-syntax 9:3-9:8']);
  });

  it('a stray line under a block of text: on that line', async () => {
    const ms = await lint(sub(STAND, '    beschrijving: Iets gaat mis.', '    beschrijving: >-\n      Iets gaat\n    mis.'));
    expect(ms.map(at)).toEqual(['yaml-syntax 8:5-8:9']);
  });

  it('thema:ict (no space after the colon): at the colon, says so', async () => {
    const ms = await lint(sub(STAND, '    thema: niet-gebruik', '    thema:niet-gebruik'));
    expect(ms.map(at)).toEqual(['yaml-syntax 9:10-9:11']);
    expect(ms[0]?.message).toContain("'thema: niet-gebruik'");
  });

  it('no space after the colon on the last line, and with a web address as value', async () => {
    expect((await lint(`${STAND}bron_url:https://example.org/stand\n`)).map(at)).toEqual(['yaml-syntax 12:9-12:10']);
    expect((await lint(sub(STAND, 'verslagjaar: 2024', 'verslagjaar:2024'))).map(at)).toEqual(['yaml-syntax 2:12-2:13']);
  });

  it('a key moved out of its knelpunt next to a key of the same name: one error, on the moved line', async () => {
    const text = sub(sub(STAND, 'verslagjaar: 2024\n', 'verslagjaar: 2024\ntitel: Stand 2024\n'), '    titel: Een knelpunt van svb\n', '') + '  titel: Een knelpunt van svb\n';
    const ms = await lint(text);
    expect(ms.map(at)).toEqual(['yaml-syntax 12:3-12:8']);
  });

  it('keeps the unclosed quote and the tab as they were', async () => {
    expect((await lint(sub(STAND, 'gevolgen: Mensen merken het.', 'gevolgen: "Mensen merken het.'))).map(at)).toEqual(['yaml-syntax 7:15-7:34']);
    expect((await lint(sub(STAND, '    thema: niet-gebruik', '\tthema: niet-gebruik'))).map(at)).toEqual(['yaml-syntax 9:1-9:2']);
  });
});
