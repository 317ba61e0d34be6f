// Builds the workspace edit that turns a rule off for one take in the nearest symposium.json.
import { modify } from 'jsonc-parser';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { relativeTo } from '../../core';
import { host } from '../host';
import { JSON_FORMAT, symposiumEdit } from './symposium-edit';
import { insertJsonc } from './jsonc-insert';

/** A path as a glob matching exactly it: `* ? [ ] { } ( ) ! \\` escaped with a backslash (`/` kept as the separator). */
export function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!\\]/g, (c) => `\\${c}`);
}

/**
 * Adds `{ "files": ["<take>"], "rules": { "<id>": "off" } }` to `overrides` of the symposium.json that
 * applies (or extends an entry for exactly this file); creates symposium.json beside the take when none exists.
 */
export function disableRuleEdit(takePath: string, ruleId: string, configFile: string | undefined): WorkspaceEdit | undefined {
  // The override's `files` is a glob: `[draft] one.take` unescaped would also match `d one.take`.
  const relativeTake = (file: string) => escapeGlob(relativeTo(host().parent(file) ?? file, takePath));
  return symposiumEdit(takePath, configFile, {
    create: (file) => ({ overrides: [{ files: [relativeTake(file)], rules: { [ruleId]: 'off' } }] }),
    modify: (text, data, file) => {
      const rel = relativeTake(file);
      const overrides = Array.isArray(data.overrides) ? data.overrides : [];
      const k = overrides.findIndex((o) => Array.isArray(o?.files) && o.files.length === 1 && o.files[0] === rel);
      return k >= 0
        ? modify(text, ['overrides', k, 'rules', ruleId], 'off', { formattingOptions: JSON_FORMAT })
        : insertJsonc(text, ['overrides', overrides.length], { files: [rel], rules: { [ruleId]: 'off' } });
    },
  });
}
