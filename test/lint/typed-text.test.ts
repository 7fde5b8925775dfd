/**
 * Rules for text typed by people (format.md): each message case with its exact position.
 * Positions are written out as numbers so a reader can check them against the snippet.
 */
import { describe, expect, it } from 'vitest';
import { yamlStand } from './rule-cases.js';
import { lintCase, type FlatMessage } from './harness.js';

const PATH = 'standen/2024/svb.yaml';

async function lintSvb(text: string): Promise<FlatMessage[]> {
  const outcome = await lintCase({ [PATH]: text });
  return outcome.messages.filter((m) => m.path === PATH);
}

const at = (m: FlatMessage): string => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;

describe('number-thousands-separator', () => {
  const kerncijfer = (waarde: string): string => yamlStand('svb', 2024, `kerncijfers:\n  - label: Aanvragen\n    waarde: ${waarde}\n`);

  it('reports 23.000 (read as 23) at the number, with 23000', async () => {
    const messages = await lintSvb(kerncijfer('23.000'));
    expect(messages.map(at)).toEqual(['number-thousands-separator 14:13-14:19']);
    expect(messages[0]?.suggestions).toEqual(['23000']);
  });

  it('reports 1.234.567 once, not also as schema-type', async () => {
    const messages = await lintSvb(kerncijfer('-1.234.567'));
    expect(messages.map(at)).toEqual(['number-thousands-separator 14:13-14:23']);
    expect(messages[0]?.suggestions).toEqual(['-1234567']);
  });

  it.each(['7.5', '0.125', '23000', '"23.000"', '12.50'])('leaves %s alone', async (waarde) => {
    const messages = await lintSvb(kerncijfer(waarde));
    expect(messages.filter((m) => m.ruleId === 'number-thousands-separator')).toEqual([]);
  });

  it('does not look at text fields', async () => {
    const messages = await lintSvb(yamlStand('svb', 2024, `kerncijfers:\n  - label: "23.000"\n    waarde: 1\n    eenheid: 1.000\n`));
    expect(messages.filter((m) => m.ruleId === 'number-thousands-separator')).toEqual([]);
  });
});

describe('invisible-character', () => {
  const STAND = yamlStand('svb', 2024);
  const sev = (m: FlatMessage): string => `${at(m)} ${m.severity}`;
  const with_ = (from: string, to: string): string => {
    if (!STAND.includes(from)) throw new Error(from);
    return STAND.replace(from, to);
  };

  it('a non-breaking space after the value of a thema: error at the character, and no unknown-thema too', async () => {
    const ms = await lintSvb(with_('thema: niet-gebruik', 'thema: niet-gebruik\u00a0'));
    expect(ms.map(sev)).toEqual(['invisible-character 9:24-9:25 error']);
    expect(ms[0]?.message).toContain('U+00A0');
  });

  it('a non-breaking space after the colon: error there, instead of a syntax error', async () => {
    const ms = await lintSvb(with_('organisatie: svb', 'organisatie:\u00a0svb'));
    expect(ms.map(sev)).toEqual(['invisible-character 1:13-1:14 error']);
  });

  it('a non-breaking space in the indentation: error there', async () => {
    const ms = await lintSvb(with_('    status: nieuw', '   \u00a0status: nieuw'));
    expect(ms.map(sev).filter((s) => s.startsWith('invisible'))).toEqual(['invisible-character 11:4-11:5 error']);
  });

  it('a zero-width space inside an id: error', async () => {
    const ms = await lintSvb(with_('id: een-knelpunt', 'id: een\u200b-knelpunt'));
    expect(ms.map(sev)).toEqual(['invisible-character 4:12-4:13 error']);
    expect(ms[0]?.message).toContain('U+200B');
  });

  it('a zero-width character in a key: error', async () => {
    const ms = await lintSvb(with_('    gevolgen:', '    gevolgen\u200d:'));
    expect(ms.map(sev).filter((s) => s.startsWith('invisible'))).toEqual(['invisible-character 7:13-7:14 error']);
  });

  it('inside free text: a warning, and nothing else', async () => {
    const ms = await lintSvb(with_('beschrijving: Iets gaat mis.', 'beschrijving: Iets gaat\u00a0mis.'));
    expect(ms.map(sev)).toEqual(['invisible-character 6:28-6:29 warning']);
  });

  it('typographic quotes as YAML quotes: error at the opening quote, also when the text has a colon', async () => {
    expect((await lintSvb(with_('titel: Een knelpunt van svb', 'titel: “Een knelpunt van svb”'))).map(sev)).toEqual(['invisible-character 5:12-5:13 error']);
    expect((await lintSvb(with_('titel: Een knelpunt van svb', 'titel: “Knelpunt: van svb”'))).map(sev)).toEqual(['invisible-character 5:12-5:13 error']);
  });

  it('typographic quotes inside a text are fine', async () => {
    expect(await lintSvb(with_('beschrijving: Iets gaat mis.', 'beschrijving: "Iets gaat “mis”, zei ’s lands burger: “nee”."'))).toEqual([]);
  });

  it('in the Markdown body: a warning', async () => {
    const md = `---\n${STAND}---\n\nDe\u00a0samenvatting.\n`;
    const r = await lintCase({ [PATH]: null, 'standen/2024/svb.md': md });
    expect(r.messages.filter((m) => m.path === 'standen/2024/svb.md').map(sev)).toEqual(['invisible-character 15:3-15:4 warning']);
  });
});

describe('hints that rewrite the value', () => {
  const STAND = yamlStand('svb', 2024);
  const rowOf = (m: FlatMessage): string => `${at(m)} ${JSON.stringify(m.suggestions ?? [])}`;

  it.each(['15 mei 2025', '15-5-2025', '2025/05/15'])('a date written as %s gets "2025-05-15"', async (date) => {
    const ms = await lintSvb(`${STAND}publicatiedatum: ${date}\n`);
    expect(ms.map(rowOf)).toEqual([`schema-pattern 12:18-12:${18 + date.length} ["\\"2025-05-15\\""]`]);
    expect(ms[0]?.message).toContain('"2025-05-15"');
  });

  it('an impossible date gets no rewrite', async () => {
    const ms = await lintSvb(`${STAND}publicatiedatum: 31-2-2025\n`);
    expect(ms.map(rowOf)).toEqual(['schema-pattern 12:18-12:27 []']);
  });

  it('a list written as a sentence gets a list of the allowed values', async () => {
    const ms = await lintSvb(STAND.replace('actie_bij: [opdrachtnemer]', 'actie_bij: politiek, eigenaar en opdrachtnemers'));
    expect(ms.map(rowOf)).toEqual(['schema-type 10:16-10:52 ["[politiek, eigenaar, opdrachtnemer]"]']);
    expect(ms[0]?.message).toContain('[politiek, eigenaar, opdrachtnemer]');
  });

  it('a sentence with a word that is no allowed value gets no rewrite', async () => {
    const ms = await lintSvb(STAND.replace('actie_bij: [opdrachtnemer]', 'actie_bij: politiek en de buurman'));
    expect(ms.map(rowOf)).toEqual(['schema-type 10:16-10:38 []']);
  });

  it.each([
    ['nee', 'false'],
    ['ja', 'true'],
    ['Nee', 'false'],
  ])('hardheid: %s gets %s', async (word, bool) => {
    const ms = await lintSvb(`${STAND}    hardheid: ${word}\n`);
    expect(ms.map(rowOf)).toEqual([`schema-type 12:15-12:${15 + word.length} ["${bool}"]`]);
  });
});
