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
