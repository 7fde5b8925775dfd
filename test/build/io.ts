import type { CliIO } from '../../src/cli.js';

export interface Captured {
  io: CliIO;
  stdout: () => string;
  stderr: () => string;
}

/** A CliIO that records output, with a fixed clock and no terminal. */
export function captureIO(cwd: string, env: Record<string, string | undefined> = {}): Captured {
  let out = '';
  let err = '';
  let clock = 0;
  return {
    io: {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
      cwd,
      env,
      stdoutIsTTY: false,
      stderrIsTTY: false,
      now: () => (clock += 1),
    },
    stdout: () => out,
    stderr: () => err,
  };
}
