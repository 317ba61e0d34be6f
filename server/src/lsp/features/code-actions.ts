// Quick fixes, suggestions, "fix all of a rule", source.fixAll, "ignore rule for this paragraph" and "disable rule for this file".
import { CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { fix, ruleById, type Edit } from '../../core';
import type { ServerContext } from '../context';
import { SOURCE, minimalEdit, toOffsets, toTextEdits, type DiagnosticData } from '../convert';
import type { TakeState } from '../takes';
import { disableRuleEdit } from './disable-rule';
import { ignoreForParagraph } from './ignore-here';
import { spellingActions } from './vocabulary';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.commentary`;

/** Answers textDocument/codeAction for a take. */
export function codeActions(ctx: ServerContext, params: CodeActionParams): CodeAction[] {
  const state = ctx.stateFor(params.textDocument.uri);
  if (!state) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix))
    out.push(
      ...quickFixes(
        ctx,
        state,
        params.context.diagnostics.filter((d) => d.source === SOURCE),
      ),
    );
  if (wants(FIX_ALL_KIND)) {
    const all = fixAllEdit(ctx, state);
    if (all || only) out.push({ title: 'Fix all commentary-lint problems', kind: FIX_ALL_KIND, edit: { changes: { [state.uri]: all ? [all] : [] } } });
  }
  return out;
}

/** Per diagnostic: its fix (preferred), its suggestions, ignore its rule for its paragraph, fix all of its rule, disable its rule. */
function quickFixes(ctx: ServerContext, state: TakeState, diagnostics: Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  const rulesDone = new Set<string>();
  for (const d of diagnostics) {
    const data = currentData(state, d);
    if (!data) continue;
    const ruleId = data.ruleId;
    if (data.fix) out.push(action(`Fix: ${typeof d.message === 'string' ? d.message : d.message.value}`, state, data.fix, [d], true));
    for (const s of data.suggestions ?? []) out.push(action(s.message, state, s.edits, [d], false));
    if (ruleId === 'spelling' && !data.fix) out.push(...spellingActions(state, d, ctx.store.spellerOf(state)));
    const ignore = ignoreForParagraph(state, ruleId, toOffsets(state.lines, d.range).start, d);
    if (ignore) out.push(ignore);
    if (rulesDone.has(ruleId)) continue;
    rulesDone.add(ruleId);
    const sameRule = ctx.store.findings(state).filter((f) => f.ruleId === ruleId && f.fix);
    if (sameRule.length > 1) {
      const edit = fixAllEdit(ctx, state, [ruleId]);
      if (edit)
        out.push({
          title: `Fix all ${ruleId} problems in this file`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: { changes: { [state.uri]: [edit] } },
        });
    }
    const disable = state.path ? disableRuleEdit(state.path, ruleId, state.symposium.filePath) : undefined;
    if (disable && ruleById(ruleId)) out.push({ title: `Disable ${ruleId} for this file`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: disable });
  }
  return out;
}

/**
 * The diagnostic's data when it was computed for the current text; otherwise the fresh finding of
 * the same rule at the same place (the client may send diagnostics a keystroke old).
 */
function currentData(state: TakeState, d: Diagnostic): DiagnosticData | undefined {
  const data = d.data as DiagnosticData | undefined;
  if (data?.ruleId && data.version === state.version) return data;
  const { start, end } = toOffsets(state.lines, d.range);
  const f = state.result.findings.find((x) => x.ruleId === (data?.ruleId ?? d.code) && x.start === start && x.end === end);
  return f ? { ruleId: f.ruleId, version: state.version, fix: f.fix, suggestions: f.suggestions } : undefined;
}

/** A quick-fix action applying offset edits to the take. */
function action(title: string, state: TakeState, edits: Edit[], diagnostics: Diagnostic[], preferred: boolean): CodeAction {
  const a = CodeAction.create(title, { changes: { [state.uri]: toTextEdits(state.lines, edits) } }, CodeActionKind.QuickFix);
  a.diagnostics = diagnostics;
  a.isPreferred = preferred;
  return a;
}

/** One edit applying every safe fix (of some rules only, when given), re-linting until it converges. */
export function fixAllEdit(ctx: ServerContext, state: TakeState, only?: string[]): TextEdit | undefined {
  const text = state.lines.text;
  const rules = only ? ctx.store.rules.filter((r) => only.includes(r.meta.id)) : ctx.store.rules;
  const fixed = fix(text, {
    rules,
    filePath: state.path,
    symposium: state.symposium,
    ruleSettings: ctx.settings(state.uri).rules,
    spellers: ctx.store.spellers,
  });
  const e = minimalEdit(text, fixed.output);
  return e ? toTextEdits(state.lines, [e])[0] : undefined;
}
