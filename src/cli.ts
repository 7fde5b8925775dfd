/**
 * The command line: parses arguments with commander and maps every outcome to the exit codes
 * of cli.md. The only module that knows about exit codes; `bin/staat.js` is a thin shell.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { FORMAT_NAMES, isFormatName, type FormatName } from './format/index.js';
import { ruleSummary } from './lint/rule-docs.js';
import { renderExplanation } from './lint/rule-table.js';
import { findRule, RULES } from './lint/rules.js';
import { STATUS_FORMATS, type StatusFormat } from './status/format-names.js';
import { UsageError, type CliIO } from './commands/io.js';
import { VERSION } from './commands/version.js';
import { suggest, didYouMean } from './check/suggest.js';

export { type CliIO } from './commands/io.js';

export const EXIT = { ok: 0, content: 1, usage: 2, internal: 3 } as const;

/** Runs `staat` with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Asked-for help and --version are fine; help shown because no command was given is not.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`staat: ${error.message}\n`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(
      `staat: interne fout. Dit is een fout in staat, niet in uw inhoud. Meld het alstublieft bij de beheerders van staat, met de opdracht die u gaf en deze melding:\n  ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}\n`,
    );
    if (io.env['STAAT_DEBUG']) io.stderr.write(`${detail}\n`);
    return EXIT.internal;
  }
}

function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('staat')
    .description('Controleer en bundel de Standen van de Uitvoering tot de Staat van de Uitvoering.')
    .version(VERSION, '-V, --version', 'toon het versienummer')
    .helpOption('-h, --help', 'toon deze hulp')
    .addHelpCommand('help [opdracht]', 'toon hulp bij een opdracht')
    .showSuggestionAfterError(true)
    .configureHelp(DUTCH_HELP)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(translateCommanderError(s)),
    });

  const withCommon = (cmd: Command): Command =>
    cmd
      .helpOption('-h, --help', 'toon hulp bij deze opdracht')
      .option('--content <map>', 'de inhoudsmap (met staat.yaml); standaard gezocht vanaf de huidige map')
      .option('-q, --quiet', 'toon alleen problemen', false)
      .exitOverride()
      .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: (s, write) => write(translateCommanderError(s)),
      });

  withCommon(program.command('lint'))
    .description('controleer de registers en de gegeven Standen (standaard: alle)')
    .argument('[paden...]', 'Standen of mappen om te controleren')
    .addOption(new Option('-f, --format <vorm>', 'uitvoervorm').choices([...FORMAT_NAMES]).default('stylish'))
    .option('--strict', 'waarschuwingen tellen als fouten (exitcode 1)', false)
    .option('--max-warnings <aantal>', 'exitcode 1 bij meer waarschuwingen dan dit', parseCount)
    .option('--no-cache', 'lees alles opnieuw, zonder de bouwcache in .staat/cache')
    .action(async (paths: string[], opts: { content?: string; format: string; strict: boolean; maxWarnings?: number; quiet: boolean; cache: boolean }) => {
      const format: FormatName = isFormatName(opts.format) ? opts.format : 'stylish';
      setExit(
        await (await import('./commands/lint.js')).runLint(paths, { format, strict: opts.strict, quiet: opts.quiet, cache: opts.cache, ...(opts.content !== undefined ? { content: opts.content } : {}), ...(opts.maxWarnings !== undefined ? { maxWarnings: opts.maxWarnings } : {}) }, io),
      );
    });

  withCommon(program.command('status'))
    .description('overzicht van de inzendingen: wie heeft een Stand ingeleverd, met hoeveel problemen')
    .option('--verslagjaar <jaar>', 'het verslagjaar (standaard dat van staat.yaml)', parseYear)
    .addOption(new Option('-f, --format <vorm>', 'uitvoervorm').choices([...STATUS_FORMATS]).default('stylish'))
    .action(async (opts: { content?: string; verslagjaar?: number; format: string }) => {
      const format = (STATUS_FORMATS as readonly string[]).includes(opts.format) ? (opts.format as StatusFormat) : 'stylish';
      setExit(await (await import('./commands/status.js')).runStatus({ format, ...(opts.content !== undefined ? { content: opts.content } : {}), ...(opts.verslagjaar !== undefined ? { verslagjaar: opts.verslagjaar } : {}) }, io));
    });

  withCommon(program.command('build'))
    .description('controleer alles en schrijf het rapport met open data naar --out')
    .option('-o, --out <map>', 'de uitvoermap', 'dist')
    .option('--templates <map>', 'eigen sjablonen in plaats van templates/')
    .addOption(new Option('-f, --format <vorm>', 'uitvoervorm van de problemen').choices([...FORMAT_NAMES]).default('stylish'))
    .option('--strict', 'waarschuwingen tellen als fouten (exitcode 1)', false)
    .option('--verbose', 'toon ook de leestijd per bestand', false)
    .option('--verslagjaar <jaar>', 'bouw een concept-editie voor dit verslagjaar (staat.yaml levert de rest)', parseYear)
    .option('--pdf', 'schrijf ook het hele rapport als één PDF (met Chromium)', false)
    .option('--no-cache', 'bouw alles opnieuw, zonder de bouwcache in .staat/cache')
    .action(async (opts: { content?: string; out: string; templates?: string; format: string; strict: boolean; quiet: boolean; verbose: boolean; verslagjaar?: number; pdf: boolean; cache: boolean }) => {
      const format: FormatName = isFormatName(opts.format) ? opts.format : 'stylish';
      // Loaded on demand: rendering pulls in unified and LiquidJS, which `lint` never needs.
      const { runBuild } = await import('./commands/build.js');
      setExit(
        await runBuild(
          { out: opts.out, format, strict: opts.strict, quiet: opts.quiet, verbose: opts.verbose, pdf: opts.pdf, cache: opts.cache, ...(opts.verslagjaar !== undefined ? { verslagjaar: opts.verslagjaar } : {}), ...(opts.content !== undefined ? { content: opts.content } : {}), ...(opts.templates !== undefined ? { templates: opts.templates } : {}) },
          io,
        ),
      );
    });

  withCommon(program.command('dev'))
    .description('bouw het rapport, toon het op 127.0.0.1 en bouw opnieuw bij elke wijziging')
    .option('-p, --port <poort>', 'de poort', parsePort, 4321)
    .option('--templates <map>', 'eigen sjablonen in plaats van templates/')
    .option('--verslagjaar <jaar>', 'toon een concept-editie voor dit verslagjaar (staat.yaml levert de rest)', parseYear)
    .option('--no-cache', 'bouw alles opnieuw, zonder de bouwcache in .staat/cache')
    .action(async (opts: { content?: string; port: number; templates?: string; quiet: boolean; verslagjaar?: number; cache: boolean }) => {
      const { runDev } = await import('./commands/dev.js');
      setExit(
        await runDev(
          { port: opts.port, quiet: opts.quiet, cache: opts.cache, ...(opts.verslagjaar !== undefined ? { verslagjaar: opts.verslagjaar } : {}), ...(opts.content !== undefined ? { content: opts.content } : {}), ...(opts.templates !== undefined ? { templates: opts.templates } : {}), ...(io.onListening ? { onListening: io.onListening } : {}) },
          io,
          io.signal ?? new AbortController().signal,
        ),
      );
    });

  withCommon(program.command('new'))
    .description('maak een nieuwe Stand, met de open knelpunten van de vorige')
    .argument('<organisatie>', 'de id uit organisaties.yaml, bijvoorbeeld uwv')
    .argument('<verslagjaar>', 'het verslagjaar, bijvoorbeeld 2025')
    .action(async (organisatie: string, year: string, opts: { content?: string; quiet: boolean }) => {
      setExit((await import('./commands/new.js')).runNew(organisatie, year, { quiet: opts.quiet, ...(opts.content !== undefined ? { content: opts.content } : {}) }, io));
    });

  withCommon(program.command('schemas'))
    .description("schrijf de JSON Schema's met de ids uit de registers, en editorinstellingen die ze koppelen")
    .option('-o, --out <map>', "waar de schema's komen (standaard .staat/schemas in de inhoudsmap)")
    .action(async (opts: { content?: string; out?: string; quiet: boolean }) => {
      setExit((await import('./commands/schemas.js')).runSchemas({ quiet: opts.quiet, ...(opts.content !== undefined ? { content: opts.content } : {}), ...(opts.out !== undefined ? { out: opts.out } : {}) }, io));
    });

  program
    .command('lsp')
    .description('taalserver (LSP) voor editors: meldingen, aanvullen en uitleg terwijl u typt')
    .option('--stdio', 'praat het Language Server Protocol via stdin en stdout (verplicht)', false)
    .option('--content <map>', 'de inhoudsmap (met staat.yaml); standaard gezocht vanaf elk geopend bestand')
    // Editors' language clients may add their process id; when the editor goes, stdin closes.
    .addOption(new Option('--clientProcessId <id>').hideHelp())
    .helpOption('-h, --help', 'toon hulp bij deze opdracht')
    .exitOverride()
    .action(async (opts: { stdio: boolean; content?: string }) => {
      // Loaded on demand: the LSP libraries are only needed here.
      const { runLsp } = await import('./commands/lsp.js');
      setExit(await runLsp({ stdio: opts.stdio, ...(opts.content !== undefined ? { content: opts.content } : {}) }, io));
    });

  program
    .command('explain')
    .description('leg een regel uit, met een fout en een goed voorbeeld')
    .argument('<regel>', 'de regel-id, bijvoorbeeld unknown-thema')
    .addHelpText('after', () => `\nRegels:\n${RULES.map((r) => `  ${r.id.padEnd(34)} ${ruleSummary(r.id) ?? ''}`.trimEnd()).join('\n')}\n`)
    .helpOption('-h, --help', 'toon hulp bij deze opdracht')
    .exitOverride()
    .action((id: string) => {
      const text = findRule(id) ? renderExplanation(id) : undefined;
      if (text === undefined) {
        const hint = suggest(id, RULES.map((r) => ({ id: r.id, names: [r.id] })));
        throw new UsageError(`Regel '${id}' bestaat niet.${didYouMean(hint)} De regels staan in de README en in staat explain --help.`);
      }
      io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      setExit(EXIT.ok);
    });

  return program;
}

/** Commander's help speaks English; these hooks make every `--help` Dutch. */
const TITLES: Record<string, string> = { 'Usage:': 'Gebruik:', 'Options:': 'Opties:', 'Commands:': 'Opdrachten:', 'Arguments:': 'Argumenten:', 'Global Options:': 'Algemene opties:' };
const DUTCH_HELP = {
  styleTitle: (title: string): string => TITLES[title] ?? title,
  styleUsage: (usage: string): string => usage.replace('[options]', '[opties]').replace('[command]', '[opdracht]'),
  styleSubcommandTerm: (term: string): string => term.replace('[options]', '[opties]'),
  optionDescription: (option: Option): string => {
    const extra: string[] = [];
    if (option.argChoices) extra.push(`keuze: ${option.argChoices.join(', ')}`);
    if (option.defaultValue !== undefined && option.defaultValue !== false) extra.push(`standaard: ${String(option.defaultValue)}`);
    return extra.length > 0 ? `${option.description} (${extra.join('; ')})` : option.description;
  },
};

function parsePort(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError('verwacht een poortnummer (0–65535).');
  return Number(value);
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value) || Number(value) < 2000 || Number(value) > 2100) throw new InvalidArgumentError('verwacht een jaar van 2000 tot en met 2100, bijvoorbeeld 2025.');
  return Number(value);
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('verwacht een geheel getal van 0 of meer.');
  return Number(value);
}

/** Commander speaks English; our users read Dutch. */
function translateCommanderError(message: string): string {
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/unknown option '([^']+)'(?:\s*\(Did you mean (.+)\?\))?/, (m) => `onbekende optie '${m[1]}'.${m[2] ? ` Bedoelde u ${m[2]}?` : ''} Zie --help.`],
    [/unknown command '([^']+)'(?:\s*\(Did you mean (.+)\?\))?/, (m) => `onbekende opdracht '${m[1]}'.${m[2] ? ` Bedoelde u ${m[2]}?` : ''} Zie staat --help.`],
    [/missing required argument '([^']+)'/, (m) => `het argument '${m[1]}' ontbreekt. Zie --help.`],
    [/option '([^']+)' argument missing/, (m) => `de optie '${m[1]}' heeft een waarde nodig.`],
    [/option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\./, (m) => `'${m[2]}' is geen geldige waarde voor ${m[1]}. Kies uit: ${m[3]}.`],
    [/option '([^']+)' argument '([^']*)' is invalid\.\s*(.*)/, (m) => `'${m[2]}' is geen geldige waarde voor ${m[1]}: ${m[3]}`],
    [/too many arguments/, () => 'te veel argumenten. Zie --help.'],
  ];
  for (const [re, fn] of rules) {
    const m = re.exec(message);
    if (m) return `staat: ${fn(m)}\n`;
  }
  return message.startsWith('error:') ? `staat: ${message.slice(6).trim()}\n` : message;
}
