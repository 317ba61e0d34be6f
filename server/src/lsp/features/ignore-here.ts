// The "Ignore ‘rule’ for this paragraph" quick fix: a disable-next-line directive above the finding's paragraph.
import { CodeAction, CodeActionKind, type Diagnostic } from 'vscode-languageserver';
import { toTextEdits } from '../convert';
import type { TakeState } from '../takes';

/** The rule whose findings sit on directives themselves: ignoring it with another directive makes no sense. */
const NOT_IGNORABLE = 'unused-disable';

/** The action inserting `<!-- commentary-lint-disable-next-line <rule> -->` on its own line above the paragraph where a finding starts. */
export function ignoreForParagraph(state: TakeState, ruleId: string, start: number, d: Diagnostic): CodeAction | undefined {
  if (ruleId === NOT_IGNORABLE) return undefined;
  const take = state.result.take;
  const line = state.lines.position(start).line;
  if (!take.paragraphs.some((p) => p.line === line)) return undefined;
  const at = Math.max(state.lines.offset(line, 0), take.bom ? 1 : 0);
  const text = `<!-- commentary-lint-disable-next-line ${ruleId} -->${take.eol}`;
  const a = CodeAction.create(
    `Ignore ‘${ruleId}’ for this paragraph`,
    { changes: { [state.uri]: toTextEdits(state.lines, [{ start: at, end: at, text }]) } },
    CodeActionKind.QuickFix,
  );
  a.diagnostics = [d];
  return a;
}
