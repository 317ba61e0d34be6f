// The status bar item for the active take: words against the symposium's limits, and problems.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { TAKE_INFO_REQUEST, type TakeInfo } from '../../server/src/shared/protocol';
import { LANGUAGE_ID } from './client-options';

export class TakeStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('commentary.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'Commentary take';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.languages.onDidChangeDiagnostics(() => this.schedule()),
    );
    this.schedule();
  }

  /** Updates after a burst of changes settles. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), 100);
  }

  /** Shows the active take's figures, or hides the item for other editors. */
  private async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    const client = this.client();
    if (!doc || doc.languageId !== LANGUAGE_ID || !client?.isRunning()) return this.item.hide();
    const info = await client.sendRequest<TakeInfo | null>(TAKE_INFO_REQUEST, { uri: doc.uri.toString() }).catch(() => null);
    if (!info || vscode.window.activeTextEditor?.document !== doc) return;
    const { min, max } = info.words;
    const problems = info.counts.error + info.counts.warning + info.counts.info;
    const within = info.wordCount >= min && info.wordCount <= max;
    this.item.text = `${within ? '$(book)' : '$(warning)'} ${info.wordCount} words · ${problems === 0 ? '$(check)' : `$(error) ${problems}`}`;
    this.item.tooltip = `${info.wordCount} words (this symposium asks for ${min}–${max}); ${info.counts.error} errors, ${info.counts.warning} warnings, ${info.counts.info} infos. Click to open the Problems panel.`;
    this.item.show();
  }

  /** The text shown now (for tests). */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
