#!/usr/bin/env node
// The executable: everything happens in main(); this file only connects it to the process.
import { main } from '../lib/cli.js';

// Ctrl+C ends `staat dev` cleanly (closing the server and watchers); any other command that
// is still busy a second later is ended as usual (exit 130). An interrupted build never touches
// the previous report: it only ever wrote to a temporary folder.
const stop = new AbortController();
const interrupt = () => {
  stop.abort();
  setTimeout(() => process.exit(130), 1000).unref();
};
process.once('SIGINT', interrupt);
process.once('SIGTERM', interrupt);

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  now: () => performance.now(),
  signal: stop.signal,
});
process.exitCode = code;
