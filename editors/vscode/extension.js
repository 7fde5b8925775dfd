// Starts `staat lsp --stdio` for the Standen and registers of the open folder. All checks,
// messages, completion and hover come from the server; this file only connects it to VS Code.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

/** `staat` from the project (node_modules/.bin), else from the PATH; `staat.command` overrides. */
function serverCommand() {
  const configured = vscode.workspace.getConfiguration('staat').get('command') ?? [];
  if (configured.length > 0) return { command: configured[0], args: [...configured.slice(1), 'lsp', '--stdio'] };
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const local = folder && join(folder, 'node_modules', '.bin', process.platform === 'win32' ? 'staat.cmd' : 'staat');
  return { command: local && existsSync(local) ? local : 'staat', args: ['lsp', '--stdio'] };
}

function activate(context) {
  const { command, args } = serverCommand();
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const run = { command, args, options: cwd ? { cwd } : {} };
  client = new LanguageClient(
    'staat',
    'Staat van de Uitvoering',
    { run, debug: run },
    {
      // Standen (.md with front matter, .yaml) and the registers; staat.yaml too.
      documentSelector: [
        { scheme: 'file', pattern: '**/standen/**/*.{md,yaml}' },
        { scheme: 'file', pattern: '**/registers/**/*.yaml' },
        { scheme: 'file', pattern: '**/staat.yaml' },
      ],
    },
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
