/**
 * Suppression comments (format.md): which messages they suppress, where their own warnings
 * land, and how each format shows (or leaves out) a suppressed message.
 */
import { describe, expect, it } from 'vitest';
import { lintCase, type FlatMessage } from './harness.js';

const PATH = 'standen/2024/svb.yaml';

/** A Stand whose only problem is missing-oplossingsrichting at 5:5, with `comment` on line 4. */
function stand(comment: string): string {
  return `organisatie: svb
verslagjaar: 2024
knelpunten:
${comment}
  - id: een-knelpunt
    titel: Een knelpunt van de SVB
    beschrijving: Iets gaat mis.
    gevolgen: Mensen merken het.
    thema: niet-gebruik
    actie_bij: [opdrachtnemer]
    status: nieuw
`;
}

const at = (m: FlatMessage): string => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}${m.suppressed ? ' suppressed' : ''}`;

async function lint(text: string, format = 'json'): Promise<Awaited<ReturnType<typeof lintCase>>> {
  return lintCase({ [PATH]: text }, { format });
}

const mine = (ms: FlatMessage[]): string[] => ms.filter((m) => m.path === PATH).map(at);

describe('# staat-disable-next-line', () => {
  it('without a comment the warning is there (the baseline of the cases below)', async () => {
    const r = await lint(stand('  # gewoon commentaar'));
    expect(mine(r.messages)).toEqual(['missing-oplossingsrichting 5:5-11:18']);
    expect(r.json?.summary.warnings).toBe(1);
  });

  it('suppresses the warning on the next line: kept in json, marked, not counted, exit 0', async () => {
    const r = await lint(stand('  # staat-disable-next-line missing-oplossingsrichting -- volgt in de Stand van 2025'));
    expect(mine(r.messages)).toEqual(['missing-oplossingsrichting 5:5-11:18 suppressed']);
    expect(r.json?.summary).toMatchObject({ errors: 0, warnings: 0, infos: 0 });
    expect(r.exitCode).toBe(0);
  });

  it('counts nothing under --strict or --max-warnings 0 once suppressed', async () => {
    const text = stand('  # staat-disable-next-line missing-oplossingsrichting -- volgt in 2025');
    expect((await lintCase({ [PATH]: text }, { args: ['--strict'] })).exitCode).toBe(0);
    expect((await lintCase({ [PATH]: text }, { args: ['--max-warnings', '0'] })).exitCode).toBe(0);
  });

  it('keeps it in sarif with an in-source suppression and its reason', async () => {
    const r = await lint(stand('  # staat-disable-next-line missing-oplossingsrichting -- volgt in 2025'), 'sarif');
    const results = (JSON.parse(r.stdout) as { runs: { results: { ruleId: string; suppressions?: unknown[] }[] }[] }).runs[0]!.results;
    const hit = results.filter((x) => x.ruleId === 'missing-oplossingsrichting');
    expect(hit).toHaveLength(1);
    expect(hit[0]?.suppressions).toEqual([{ kind: 'inSource', justification: 'volgt in 2025' }]);
  });

  it.each(['stylish', 'github', 'junit', 'gitlab'])('leaves it out of %s', async (format) => {
    const r = await lint(stand('  # staat-disable-next-line missing-oplossingsrichting -- volgt in 2025'), format);
    expect(r.stdout + r.stderr).not.toContain('missing-oplossingsrichting');
  });

  it('warns about a missing reason at the comment, and still suppresses', async () => {
    const r = await lint(stand('  # staat-disable-next-line missing-oplossingsrichting'));
    expect(mine(r.messages)).toEqual(['suppression-without-reason 4:3-4:55', 'missing-oplossingsrichting 5:5-11:18 suppressed']);
  });

  it('treats an empty reason after -- as missing', async () => {
    const r = await lint(stand('  # staat-disable-next-line missing-oplossingsrichting --'));
    expect(mine(r.messages)).toEqual(['suppression-without-reason 4:3-4:58', 'missing-oplossingsrichting 5:5-11:18 suppressed']);
  });

  it('reports a comment that names another rule as unused, and the warning stays', async () => {
    const r = await lint(stand('  # staat-disable-next-line raw-html -- geen html'));
    expect(mine(r.messages)).toEqual(['unused-suppression 4:3-4:50', 'missing-oplossingsrichting 5:5-11:18']);
  });

  it('works only on the line directly below', async () => {
    const r = await lint(stand('  # staat-disable-next-line missing-oplossingsrichting -- later\n  # nog een regel'));
    expect(mine(r.messages)).toEqual(['unused-suppression 4:3-4:64', 'missing-oplossingsrichting 6:5-12:18']);
  });

  it('never suppresses an error: the comment is unused, the error stays and counts', async () => {
    const text = stand('').replace('    thema: niet-gebruik', '    # staat-disable-next-line unknown-thema -- eigen thema\n    thema: eigen-thema');
    const r = await lint(text);
    expect(mine(r.messages)).toEqual(['missing-oplossingsrichting 5:5-12:18', 'unused-suppression 9:5-9:59', 'unknown-thema 10:12-10:23']);
    expect(r.exitCode).toBe(1);
  });

  it('reports a comment without a rule id', async () => {
    const r = await lint(stand('  # staat-disable-next-line -- reden'));
    expect(mine(r.messages)).toEqual(['unused-suppression 4:3-4:37', 'missing-oplossingsrichting 5:5-11:18']);
  });

  it('is text, not a comment, inside a block of text', async () => {
    const text = stand('').replace('    beschrijving: Iets gaat mis.', '    beschrijving: |\n      Iets gaat mis.\n      # staat-disable-next-line missing-oplossingsrichting -- x');
    const r = await lint(text);
    expect(mine(r.messages)).toEqual(['missing-oplossingsrichting 5:5-13:18']);
  });

  it('works in the front matter of a .md Stand', async () => {
    const md = `---\n${stand('  # staat-disable-next-line missing-oplossingsrichting -- later')}---\n\nTekst.\n`;
    const r = await lintCase({ [PATH]: null, 'standen/2024/svb.md': md });
    expect(r.messages.filter((m) => m.path === 'standen/2024/svb.md').map(at)).toEqual(['missing-oplossingsrichting 6:5-12:18 suppressed']);
  });
});
