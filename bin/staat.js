#!/usr/bin/env node
// The executable: everything happens in main(); this file only connects it to the process.
import { main } from '../lib/cli.js';

// Ctrl+C ends `staat dev` cleanly (closing the server and watchers) instead of killing it.
const stop = new AbortController();
process.once('SIGINT', () => stop.abort());
process.once('SIGTERM', () => stop.abort());

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  now: () => performance.now(),
  signal: stop.signal,
});
process.exitCode = code;
