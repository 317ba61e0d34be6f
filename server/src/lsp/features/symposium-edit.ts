// Workspace edits to the symposium.json that governs a take: created beside the take when there is none; comments and trailing commas kept.
import { applyEdits as applyJsonEdits, getNodeValue, parseTree, type EditResult, type ParseError } from 'jsonc-parser';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { LineIndex, SYMPOSIUM_FILE, childPath, type SymposiumFile } from '../../core';
import { minimalEdit, pathToUri } from '../convert';
import { host } from '../host';

export const JSON_FORMAT = { tabSize: 2, insertSpaces: true, eol: '\n' };

/** How to change a symposium.json: the whole file when there is none, else jsonc-parser edits of the existing text. */
export interface SymposiumChange {
  /** The file to create when the take has no symposium.json, relative paths resolved from `file`. */
  create: (file: string) => SymposiumFile;
  /** The edits to the existing text, given the file's parsed content. */
  modify: (text: string, data: SymposiumFile, file: string) => EditResult;
}

/** The edit that applies `change` to the take's symposium.json (from disk), or creates one beside the take; none when the file does not parse. */
export function symposiumEdit(takePath: string, configFile: string | undefined, change: SymposiumChange): WorkspaceEdit | undefined {
  const files = host();
  const file = configFile ?? childPath(files.parent(takePath) ?? takePath, SYMPOSIUM_FILE);
  const uri = pathToUri(file);
  if (!files.isFile(file)) {
    const text = JSON.stringify(change.create(file), null, 2) + '\n';
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
      ],
    };
  }
  let text: string;
  try {
    text = files.readText(file);
  } catch {
    return undefined;
  }
  const data = readObject(text);
  if (!data) return undefined;
  const next = applyJsonEdits(text, change.modify(text, data, file));
  const e = minimalEdit(text, next);
  if (!e) return undefined;
  const lines = new LineIndex(text);
  return { changes: { [uri]: [{ range: { start: lines.position(e.start), end: lines.position(e.end) }, newText: e.text }] } };
}

/** The object a symposium.json holds (JSONC, a BOM allowed), or undefined when it has a syntax error: editing a broken file could lose text. */
function readObject(text: string): SymposiumFile | undefined {
  const errors: ParseError[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const tree = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || tree?.type !== 'object') return undefined;
  return getNodeValue(tree) as SymposiumFile;
}
