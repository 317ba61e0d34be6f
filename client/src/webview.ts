// Builds webview HTML under a strict Content-Security-Policy and checks what webviews ask for.
import * as vscode from 'vscode';

/** Options for a webview that may only load the extension's media folder. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')] };
}

/** The page shell: CSP with a fresh nonce, one stylesheet and one script from media/, no inline handlers. */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, name: string, title: string): string {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file)).toString();
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `img-src ${webview.cspSource} data:`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media(`${name}.css`)}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main id="root" aria-live="polite"><p class="empty">Loading…</p></main>
<script nonce="${nonce}" src="${media(`${name}.js`)}"></script>
</body>
</html>`;
}

/** Escapes text for HTML (used for the title; take text is escaped in the webview scripts). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A URI the webview may ask to open: a file of one of the workspace folders, nothing else. */
export function workspaceFileUri(raw: unknown): vscode.Uri | undefined {
  if (typeof raw !== 'string' || raw.length > 4096) return undefined;
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(raw, true);
  } catch {
    return undefined;
  }
  if (uri.scheme !== 'file' && uri.scheme !== 'vscode-remote') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || uri.path.split('/').includes('..')) return undefined;
  return uri;
}

/** A zero-based line number from a webview message, if it is one. */
export function lineNumber(raw: unknown): number | undefined {
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw < 1_000_000 ? raw : undefined;
}
