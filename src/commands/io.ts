/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Only `staat lsp` reads stdin (LSP messages); stdout must then be a real stream. */
  stdin?: NodeJS.ReadableStream;
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Milliseconds, for durations only (never for output content). */
  now: () => number;
  /** Ends long-running commands (`staat dev`); the CLI ties it to Ctrl+C. */
  signal?: AbortSignal;
  /** Told the port `staat dev` listens on (tests use port 0). */
  onListening?: (port: number) => void;
}

export { UsageError } from '../usage-error.js';

/** Colours honour NO_COLOR and FORCE_COLOR (https://no-color.org), else the terminal. */
export function useColor(io: CliIO, isTTY: boolean): boolean {
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTTY;
}
