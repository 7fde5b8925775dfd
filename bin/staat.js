#!/usr/bin/env node
// The executable: everything happens in main(); this file only connects it to the process.
import { main } from '../lib/cli.js';

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  now: () => performance.now(),
});
process.exitCode = code;
