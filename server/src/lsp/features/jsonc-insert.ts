// Adds an item or a property at the end of a JSONC array or object, after the comments on the last one's line.
import { createScanner, findNodeAtLocation, modify, parseTree, SyntaxKind, type EditResult, type JSONPath, type Node } from 'jsonc-parser';
import { JSON_FORMAT as FORMAT } from './symposium-edit';

/**
 * Inserts `value` at `path` (a new last index of an array, or a new key of an object). jsonc-parser's `modify` puts
 * it right after the last value, so that value's end-of-line comment (`"Gydan", // a place`) would move onto the new
 * line; here the new line goes after it, and a trailing comma stays a trailing comma. Other shapes use `modify`.
 */
export function insertJsonc(text: string, path: JSONPath, value: unknown): EditResult {
  const key = path[path.length - 1];
  const fallback = () => modify(text, path, value, { formattingOptions: FORMAT, isArrayInsertion: typeof key === 'number' });
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const tree = parseTree(body, [], { allowTrailingComma: true });
  const container = tree && findNodeAtLocation(tree, path.slice(0, -1));
  const last = container?.children?.[container.children.length - 1];
  if (!container || !last || container.type !== (typeof key === 'number' ? 'array' : 'object')) return fallback();
  if (typeof key === 'string' && container.children.some((p) => p.children?.[0]?.value === key)) return fallback();
  const lastEnd = last.offset + last.length;
  const gap = readGap(text.slice(lastEnd, container.offset + container.length - 1));
  if (gap.lineStart < 0) return fallback();
  const indent = indentOf(text, last);
  const json = JSON.stringify(value, null, FORMAT.tabSize).replace(/\n/g, gap.eol + indent);
  const line = indent + (typeof key === 'string' ? `${JSON.stringify(key)}: ` : '') + json + (gap.comma ? ',' : '') + gap.eol;
  const add = { offset: lastEnd + gap.lineStart, length: 0, content: line };
  return gap.comma ? [add] : [{ offset: lastEnd, length: 0, content: ',' }, add];
}

/** What lies between the last value and the closing bracket: a comma or not, and where the closing bracket's line starts (-1: same line). */
function readGap(gap: string): { comma: boolean; lineStart: number; eol: string } {
  const scanner = createScanner(gap, false);
  let comma = false;
  let lineStart = -1;
  let eol = FORMAT.eol;
  for (let t = scanner.scan(); t !== SyntaxKind.EOF; t = scanner.scan()) {
    if (t === SyntaxKind.CommaToken) comma = true;
    else if (t === SyntaxKind.LineBreakTrivia) {
      lineStart = scanner.getTokenOffset() + scanner.getTokenLength();
      eol = scanner.getTokenValue();
    } else if (t !== SyntaxKind.Trivia && t !== SyntaxKind.LineCommentTrivia && t !== SyntaxKind.BlockCommentTrivia) return { comma, lineStart: -1, eol };
  }
  if (lineStart >= 0 && /\S/.test(gap.slice(lineStart))) lineStart = -1;
  return { comma, lineStart, eol };
}

/** The white space that opens the line a node starts on. */
function indentOf(text: string, node: Node): string {
  const lineStart = text.lastIndexOf('\n', node.offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, node.offset))![0];
}
