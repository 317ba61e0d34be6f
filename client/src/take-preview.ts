// "Preview Take": the current take rendered as its published page, scrolling with the editor.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { TAKE_INFO_REQUEST, type TakeInfo } from '../../server/src/shared/protocol';
import { LANGUAGE_ID } from './client-options';
import { webviewHtml, webviewOptions } from './webview';

export const TAKE_VIEW = 'commentary.takePreview';

export class TakePreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<number>();
  /** Fires with the number of parts drawn (tests wait on it). */
  readonly onDidRender = this.rendered.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: () => LanguageClient | undefined,
  ) {
    this.disposables.push(
      this.rendered,
      vscode.workspace.onDidChangeTextDocument((e) => e.document === this.document && this.scheduleUpdate()),
      vscode.window.onDidChangeActiveTextEditor((e) => e?.document.languageId === LANGUAGE_ID && this.panel && this.follow(e.document)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => e.textEditor.document === this.document && this.scrollTo(e.visibleRanges[0]?.start.line ?? 0)),
    );
  }

  /** Shows the preview of a take beside its editor. */
  show(document: vscode.TextDocument): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        TAKE_VIEW,
        'Preview Take',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        webviewOptions(this.extensionUri),
      );
      this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'take.svg');
      this.panel.webview.html = webviewHtml(this.panel.webview, this.extensionUri, 'preview', 'Preview Take');
      this.panel.webview.onDidReceiveMessage((m) => this.receive(m), undefined, this.disposables);
      this.panel.onDidDispose(() => (this.panel = undefined), undefined, this.disposables);
    } else this.panel.reveal(vscode.ViewColumn.Beside, true);
    this.follow(document);
  }

  /** Switches the preview to another take. */
  private follow(document: vscode.TextDocument): void {
    this.document = document;
    if (this.panel) this.panel.title = `Preview ${document.uri.path.split('/').pop()}`;
    void this.update();
  }

  /** Messages from the webview: it is ready, or it drew the take. */
  private receive(m: unknown): void {
    const msg = m as { type?: string; parts?: unknown };
    if (msg?.type === 'ready') void this.update();
    if (msg?.type === 'rendered' && typeof msg.parts === 'number') this.rendered.fire(msg.parts);
  }

  /** Re-renders soon after typing pauses. */
  private scheduleUpdate(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), 150);
  }

  /** Sends the take's parts (from the server, the one source of truth) to the webview. */
  private async update(): Promise<void> {
    const client = this.client();
    if (!this.panel || !this.document || !client?.isRunning()) return;
    const info = await client.sendRequest<TakeInfo | null>(TAKE_INFO_REQUEST, { uri: this.document.uri.toString() });
    if (info) await this.panel.webview.postMessage({ type: 'take', data: info });
  }

  /** Scrolls the preview to the part at an editor line. */
  private scrollTo(line: number): void {
    void this.panel?.webview.postMessage({ type: 'scroll', line });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
