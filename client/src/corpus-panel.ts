// The corpus preview: the symposium's landing page drawn from the server's commentary/corpus data.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CORPUS_CHANGED, CORPUS_REQUEST, type CorpusResult } from '../../server/src/shared/protocol';
import { lineNumber, webviewHtml, webviewOptions, workspaceFileUri } from './webview';

export const CORPUS_VIEW = 'commentary.corpusPreview';

/** What the webview may send; anything else is ignored. */
type Incoming = { type: 'ready' } | { type: 'open'; uri: string; line?: number } | { type: 'rendered'; cards: number };

export class CorpusPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<number>();
  private readonly opened = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the number of cards each time the webview has drawn the corpus (tests wait on it). */
  readonly onDidRender = this.rendered.event;
  /** Fires when a message from the webview opened a take. */
  readonly onDidOpenTake = this.opened.event;
  lastCorpus: CorpusResult | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: () => LanguageClient | undefined,
  ) {
    this.disposables.push(this.rendered, this.opened);
  }

  /** Subscribes to corpus changes once the client runs (called again after a restart). */
  attach(client: LanguageClient): void {
    this.disposables.push(client.onNotification(CORPUS_CHANGED, () => this.scheduleRefresh()));
  }

  /** Opens the panel beside the editor, or reveals it. */
  show(): void {
    if (this.panel) return this.panel.reveal(vscode.ViewColumn.Beside, true);
    this.adopt(
      vscode.window.createWebviewPanel(
        CORPUS_VIEW,
        'Corpus Preview',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        webviewOptions(this.extensionUri),
      ),
    );
  }

  /** Takes charge of a panel: a new one, or one VS Code restored after a reload. */
  adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'take.svg');
    panel.webview.options = webviewOptions(this.extensionUri);
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, 'corpus', 'Corpus Preview');
    panel.webview.onDidReceiveMessage((m) => this.receive(m), undefined, this.disposables);
    panel.onDidChangeViewState(() => panel.visible && this.scheduleRefresh(), undefined, this.disposables);
    panel.onDidDispose(() => (this.panel = undefined), undefined, this.disposables);
  }

  /** Handles a message from the webview after checking its shape; exported for tests. */
  async receive(raw: unknown): Promise<void> {
    const m = raw as Incoming;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'ready') return this.refresh();
    if (m.type === 'rendered' && typeof m.cards === 'number') return this.rendered.fire(m.cards);
    if (m.type !== 'open') return;
    const uri = workspaceFileUri(m.uri);
    if (!uri) return;
    const line = lineNumber(m.line);
    const selection = line === undefined ? undefined : new vscode.Range(line, 0, line, 0);
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, selection, preview: false });
    this.opened.fire(uri);
  }

  /** Refreshes soon: edits arrive in bursts, one redraw per burst. */
  private scheduleRefresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 200);
  }

  /** Asks the server for the corpus and sends it to the webview, when one is open. */
  async refresh(): Promise<void> {
    const client = this.client();
    if (!this.panel || !client?.isRunning()) return;
    this.lastCorpus = await client.sendRequest<CorpusResult>(CORPUS_REQUEST, {});
    await this.panel.webview.postMessage({ type: 'corpus', data: this.lastCorpus });
  }

  get isOpen(): boolean {
    return !!this.panel;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
