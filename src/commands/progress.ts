/**
 * The build's terminal output: each phase with its duration, a live counter on a terminal for
 * phases that take longer than about a second, plain lines without a terminal (CI).
 */
import type { CliIO } from './io.js';

export class Progress {
  private phaseName = '';
  private phaseStart = 0;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly io: CliIO,
    private readonly quiet: boolean,
    private readonly color: boolean,
  ) {}

  start(name: string): void {
    this.phaseName = name;
    this.phaseStart = this.io.now();
    this.lastDraw = 0;
    this.drawn = false;
  }

  /** Called often; draws at most ten times a second, and only after the first second. */
  tick(done: number, total: number): void {
    if (this.quiet || !this.io.stderrIsTTY) return;
    const now = this.io.now();
    if (now - this.phaseStart < 1000 || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    this.io.stderr.write(`\r\x1b[2K  ${this.phaseName} … ${done}/${total}`);
  }

  /** Ends the phase with a line like "✔ lezen  240 bestanden  120 ms". */
  done(detail: string): number {
    const ms = this.io.now() - this.phaseStart;
    if (this.quiet) return ms;
    const clear = this.drawn ? '\r\x1b[2K' : '';
    const check = this.color ? '\x1b[32m✔\x1b[39m' : '✔';
    const time = this.color ? `\x1b[2m${formatMs(ms)}\x1b[22m` : formatMs(ms);
    this.io.stderr.write(`${clear}${check} ${this.phaseName.padEnd(12)} ${detail.padEnd(28)} ${time}\n`);
    return ms;
  }

  line(text: string): void {
    if (!this.quiet) this.io.stderr.write(`${text}\n`);
  }
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1).replace('.', ',')} s`;
}
