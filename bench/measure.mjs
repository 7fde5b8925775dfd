#!/usr/bin/env node
// Fallback peak-memory probe when GNU time is not available:
//   node bench/measure.mjs RESULT.json SCRIPT [ARGS…]
// Runs SCRIPT (e.g. bin/staat.js) in this process with ARGS as its argv and, on
// exit, writes {"maxRssKb", "cpuMs", "exitCode"} to RESULT.json. maxRSS comes from
// process.resourceUsage() (kilobytes); it covers this process and its threads,
// not child processes the script might start.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [resultFile, script, ...args] = process.argv.slice(2);
if (!resultFile || !script) {
  process.stderr.write('Gebruik: node bench/measure.mjs RESULTAAT.json SCRIPT [ARGUMENTEN…]\n');
  process.exit(2);
}
const scriptPath = resolve(script);
process.argv = [process.argv[0], scriptPath, ...args];
process.on('exit', (code) => {
  const usage = process.resourceUsage();
  writeFileSync(resultFile, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, exitCode: code }));
});
await import(pathToFileURL(scriptPath).href);
