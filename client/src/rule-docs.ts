// Rule links in the editor open the rule's page shipped inside the extension (offline, and the installed version's), as a Markdown preview.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';

/** The server links each rule to `…/docs/rules/<id>.md` on the web; the extension ships the same pages. */
const RULE_PAGE = /\/docs\/rules\/([a-z0-9-]+)\.md$/;
/** A Markdown link to a rule's web page, as the server's hover writes it: `](https://…/docs/rules/<id>.md)`. */
const RULE_PAGE_LINK = /\]\((https?:\/\/[^)\s]*\/docs\/rules\/([a-z0-9-]+)\.md)\)/g;
/** VS Code's built-in Markdown preview command; diagnostics' code links may run commands. */
const PREVIEW = 'markdown.showPreview';

/** The page of a rule inside the extension. */
export function localRuleDoc(extensionUri: vscode.Uri, id: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${id}.md`);
}

/** A command link that opens a Markdown file in the preview. */
export function previewLink(doc: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: 'command', path: PREVIEW, query: JSON.stringify([doc]) });
}

/** The Markdown file a preview link opens, or undefined for any other link. */
export function linkedDoc(link: vscode.Uri): vscode.Uri | undefined {
  if (link.scheme !== 'command' || link.path !== PREVIEW) return undefined;
  const [doc] = JSON.parse(link.query) as vscode.Uri[];
  return doc ? vscode.Uri.from(doc) : undefined;
}

/** A hover's Markdown with its rule-page links opening the shipped pages (trusted to run the preview command only). */
function withLocalLinks(text: vscode.MarkdownString, extensionUri: vscode.Uri): vscode.MarkdownString {
  const value = text.value.replace(RULE_PAGE_LINK, (_link, _url, id: string) => `](${previewLink(localRuleDoc(extensionUri, id)).toString()})`);
  if (value === text.value) return text;
  const local = new vscode.MarkdownString(value, text.supportThemeIcons);
  local.supportHtml = text.supportHtml;
  local.baseUri = text.baseUri;
  local.isTrusted = { enabledCommands: [PREVIEW] };
  return local;
}

/** Client middleware: every diagnostic code and hover link to a rule's web page opens the shipped page instead. */
export function localRuleDocs(extensionUri: vscode.Uri): Middleware {
  return {
    async provideHover(document, position, token, next) {
      const hover = await next(document, position, token);
      if (!hover) return hover;
      const contents = hover.contents.map((c) => (c instanceof vscode.MarkdownString ? withLocalLinks(c, extensionUri) : c));
      return new vscode.Hover(contents, hover.range);
    },
    handleDiagnostics(uri, diagnostics, next) {
      for (const d of diagnostics) {
        if (typeof d.code !== 'object' || !d.code.target) continue;
        const id = RULE_PAGE.exec(d.code.target.path)?.[1];
        if (id) d.code = { value: d.code.value, target: previewLink(localRuleDoc(extensionUri, id)) };
      }
      next(uri, diagnostics);
    },
  };
}
