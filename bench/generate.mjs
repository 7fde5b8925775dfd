#!/usr/bin/env node
// Writes a deterministic, lint-clean content tree for benchmarks:
//   node bench/generate.mjs --orgs N --years Y --out DIR [--seed S] [--last-year 2025]
// Same arguments → byte-identical files (seeded PRNG, no clock, no Math.random).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { createRng } from './gen/prng.mjs';
import { OPROEPEN, THEMAS, ministeries, organisaties, planOrganisations } from './gen/registers.mjs';
import { renderStand, yamlOptions } from './gen/render.mjs';
import { evolveStanden } from './gen/standen.mjs';
import { markdown } from './gen/text.mjs';

/**
 * Generates the tree into `out` and returns a summary. Only the paths a tree
 * consists of (staat.yaml, registers/, standen/) are replaced, never anything else in `out`.
 */
export function generateTree({ orgs, years, out, seed = 1, lastYear = 2025 }) {
  const yearList = Array.from({ length: years }, (_, i) => lastYear - years + 1 + i);
  // Ministries are renamed/split in the middle year, so driehoek periods change there.
  const reformYear = yearList[Math.floor(years / 2)];
  const rng = createRng(seed, 'tree');
  const plans = planOrganisations(rng.fork('orgs'), orgs, yearList, reformYear);
  const orgIds = plans.map((p) => p.id);

  for (const part of ['staat.yaml', 'registers', 'standen']) rmSync(join(out, part), { recursive: true, force: true });
  const write = (relative, text) => {
    const file = join(out, relative);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };

  write('staat.yaml', stringify({
    titel: `Staat van de Uitvoering ${lastYear}`,
    editie: String(lastYear),
    verslagjaar: lastYear,
    publicatiedatum: `${lastYear + 1}-02-15`,
    inleiding: markdown(rng.fork('inleiding'), 1200, { headingLevel: 2 }),
  }, yamlOptions));
  write('registers/oproepen.yaml', stringify(OPROEPEN, yamlOptions));
  write('registers/themas.yaml', stringify(THEMAS, yamlOptions));
  write('registers/ministeries.yaml', stringify(ministeries(reformYear), yamlOptions));
  write('registers/organisaties.yaml', stringify(organisaties(plans, reformYear), yamlOptions));

  const sizes = [];
  for (const { year, skeletons } of evolveStanden(rng.fork('standen'), plans, yearList, reformYear)) {
    for (const sk of skeletons) {
      sk.seed = seed;
      const text = renderStand(sk, orgIds);
      write(`standen/${year}/${sk.plan.id}.${sk.plan.format}`, text);
      sizes.push(Buffer.byteLength(text));
    }
  }
  return { years: yearList, reformYear, standen: sizes.length, sizes };
}

function positiveInt(value, name) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} moet een positief geheel getal zijn, niet '${value}'`);
  return n;
}

function main() {
  const { values } = parseArgs({
    options: {
      orgs: { type: 'string' }, years: { type: 'string' }, out: { type: 'string' },
      seed: { type: 'string', default: '1' }, 'last-year': { type: 'string', default: '2025' },
    },
  });
  if (!values.orgs || !values.years || !values.out) {
    process.stderr.write('Gebruik: node bench/generate.mjs --orgs N --years Y --out MAP [--seed S] [--last-year JAAR]\n');
    process.exit(2);
  }
  const summary = generateTree({
    orgs: positiveInt(values.orgs, 'orgs'),
    years: positiveInt(values.years, 'years'),
    out: resolve(values.out),
    seed: values.seed,
    lastYear: positiveInt(values['last-year'], 'last-year'),
  });
  const sorted = [...summary.sizes].sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  process.stderr.write(`${summary.standen} Standen (${summary.years.join(', ')}), ${(total / 1e6).toFixed(1)} MB; ` +
    `grootte min ${sorted[0]} / mediaan ${sorted[Math.floor(sorted.length / 2)]} / max ${sorted[sorted.length - 1]} bytes\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
