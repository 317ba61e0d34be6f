// The language client's options, the same on the desktop and the web: which documents, where output goes, rule links.
import type * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import { localRuleDocs } from './rule-docs';

export const LANGUAGE_ID = 'commentary';

/** Options for either client: takes in any scheme are served, settings are synchronised, rule links open the shipped pages. */
export function clientOptions(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    documentSelector: [{ language: LANGUAGE_ID }],
    outputChannel: output,
    traceOutputChannel: output,
    synchronize: { configurationSection: 'commentary' },
    // Rule links open the pages shipped in the extension (offline, this version's), not the web.
    middleware: localRuleDocs(context.extensionUri),
  };
}
