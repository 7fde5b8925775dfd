/**
 * The sarif reporter against the official SARIF 2.1.0 JSON Schema (rtm.5, draft-04), as shipped
 * in the @microsoft/jest-sarif package, on a real lint run with every kind of planted mistake.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { buildTree, makeIO, PLANTED_DIR } from '../lint/harness.js';

const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
// Both packages are CommonJS; under NodeNext their default export is the module object.
type Ajv04 = InstanceType<typeof Ajv04Module.default>;
const Ajv04 = ((Ajv04Module as unknown as { default?: unknown }).default ?? Ajv04Module) as typeof Ajv04Module.default;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv04) => Ajv04;

describe('sarif output', () => {
  let tree: ReturnType<typeof buildTree>;
  let sarif: unknown;
  let code: number;

  beforeAll(async () => {
    tree = buildTree({}, PLANTED_DIR);
    // Run from the "repository root" that holds content/, as CI does.
    const { io, out } = makeIO(tree.dir);
    code = await main(['lint', '--format', 'sarif'], io);
    sarif = JSON.parse(out());
  }, 60_000);
  afterAll(() => tree.cleanup());

  it('validates against the official SARIF 2.1.0 schema', () => {
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(code).toBe(1);
    // The check can fail: a level SARIF does not know is rejected.
    const broken = JSON.parse(JSON.stringify(sarif)) as { runs: { results: { level: string }[] }[] };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('locates every result by a plain uri relative to the repository root', () => {
    const run = (sarif as { runs: { results: { locations: { physicalLocation: { artifactLocation: Record<string, unknown> } }[] }[] }[] }).runs[0]!;
    const uris = run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation).map((l) => {
      expect(l).not.toHaveProperty('uriBaseId');
      return String(l['uri']);
    });
    expect(uris.filter((u) => !u.startsWith('content/'))).toEqual([]);
    // Each uri resolves from the repository root to the file it names; the planted tree lacks
    // one register on purpose (register-missing points where it belongs).
    expect(uris.filter((u) => !existsSync(join(tree.dir, decodeURIComponent(u))))).toEqual(['content/registers/oproepen.yaml']);
  });

  it('carries every problem as a result', () => {
    const results = (sarif as { runs: { results: unknown[] }[] }).runs[0]?.results ?? [];
    expect(results.length).toBeGreaterThan(30);
  });
});
