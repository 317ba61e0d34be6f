// Workspace edits to the symposium.json that governs a take: created beside the take when there is none.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { applyEdits as applyJsonEdits, parse, type EditResult } from 'jsonc-parser';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { LineIndex, SYMPOSIUM_FILE, type SymposiumFile } from '../../core';
import { minimalEdit, pathToUri } from '../convert';

export const JSON_FORMAT = { tabSize: 2, insertSpaces: true, eol: '\n' };

/** How to change a symposium.json: the whole file when there is none, else jsonc-parser edits of the existing text. */
export interface SymposiumChange {
  /** The file to create when the take has no symposium.json, relative paths resolved from `file`. */
  create: (file: string) => SymposiumFile;
  /** The edits to the existing text, given the file's parsed content. */
  modify: (text: string, data: SymposiumFile, file: string) => EditResult;
}

/** The edit that applies `change` to the take's symposium.json (from disk), or creates one beside the take. */
export function symposiumEdit(takePath: string, configFile: string | undefined, change: SymposiumChange): WorkspaceEdit | undefined {
  const file = configFile ?? join(dirname(takePath), SYMPOSIUM_FILE);
  const uri = pathToUri(file);
  if (!existsSync(file)) {
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
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const data = parse(text) as SymposiumFile | undefined;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const next = applyJsonEdits(text, change.modify(text, data, file));
  const e = minimalEdit(text, next);
  if (!e) return undefined;
  const lines = new LineIndex(text);
  return { changes: { [uri]: [{ range: { start: lines.position(e.start), end: lines.position(e.end) }, newText: e.text }] } };
}
