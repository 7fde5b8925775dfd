/** `staat lsp --stdio`: the language server for editors, over the process's stdin and stdout. */
import { runLanguageServer } from '../lsp/server.js';
import { resolveContentRoot } from './content-args.js';
import { UsageError, type CliIO } from './io.js';

export async function runLsp(options: { stdio: boolean; content?: string }, io: CliIO): Promise<number> {
  if (!options.stdio) {
    throw new UsageError("staat lsp praat alleen via stdin en stdout: start het als 'staat lsp --stdio' (zo doet de editor-extensie het ook).");
  }
  const output = io.stdout as Partial<NodeJS.WritableStream>;
  if (!io.stdin || typeof output.on !== 'function') throw new UsageError('staat lsp heeft stdin en stdout nodig.');
  const root = options.content !== undefined ? resolveContentRoot(io.cwd, options.content) : undefined;
  return runLanguageServer({ input: io.stdin, output: output as NodeJS.WritableStream, ...(root !== undefined ? { root } : {}) });
}
