// Builds the workspace edit that turns a rule off for one take in the nearest symposium.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { applyEdits as applyJsonEdits, modify, parse } from 'jsonc-parser';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { SYMPOSIUM_FILE, type Override } from '../../core';
import { minimalEdit, pathToUri } from '../convert';
import { LineIndex } from '../../core';

const FORMAT = { tabSize: 2, insertSpaces: true, eol: '\n' };

/**
 * Adds `{ "files": ["<take>"], "rules": { "<id>": "off" } }` to `overrides` of the symposium.json that
 * applies (or extends an entry for exactly this file); creates symposium.json beside the take when none exists.
 */
export function disableRuleEdit(takePath: string, ruleId: string, configFile: string | undefined): WorkspaceEdit | undefined {
  const file = configFile ?? join(dirname(takePath), SYMPOSIUM_FILE);
  const rel = relative(dirname(file), takePath).split(sep).join('/');
  const uri = pathToUri(file);
  if (!existsSync(file)) {
    const text = JSON.stringify({ overrides: [{ files: [rel], rules: { [ruleId]: 'off' } }] }, null, 2) + '\n';
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
  const data = parse(text) as { overrides?: Override[] } | undefined;
  if (!data || typeof data !== 'object') return undefined;
  const overrides = Array.isArray(data.overrides) ? data.overrides : [];
  const k = overrides.findIndex((o) => Array.isArray(o?.files) && o.files.length === 1 && o.files[0] === rel);
  const edits =
    k >= 0
      ? modify(text, ['overrides', k, 'rules', ruleId], 'off', { formattingOptions: FORMAT })
      : modify(text, ['overrides', overrides.length], { files: [rel], rules: { [ruleId]: 'off' } }, { formattingOptions: FORMAT, isArrayInsertion: true });
  const next = applyJsonEdits(text, edits);
  const e = minimalEdit(text, next);
  if (!e) return undefined;
  const lines = new LineIndex(text);
  return { changes: { [uri]: [{ range: { start: lines.position(e.start), end: lines.position(e.end) }, newText: e.text }] } };
}
