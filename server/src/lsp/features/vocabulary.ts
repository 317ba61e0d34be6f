// Spelling's editor actions: the dictionary's corrections, asked for only now, and "add to the symposium's vocabulary".
import { CodeAction, CodeActionKind, type Diagnostic } from 'vscode-languageserver';
import type { Speller } from '../../core';
import { toOffsets, toTextEdits } from '../convert';
import type { TakeState } from '../takes';
import { symposiumEdit } from './symposium-edit';
import { insertJsonc } from './jsonc-insert';

/** How many corrections to offer. */
const MAX_CORRECTIONS = 5;

/** The corrections of a spelling diagnostic's word (computed here, lazily) and the action that adds the word to `vocabulary`. */
export function spellingActions(state: TakeState, d: Diagnostic, speller: Speller | undefined): CodeAction[] {
  const { start, end } = toOffsets(state.lines, d.range);
  const word = state.lines.text.slice(start, end);
  if (!word) return [];
  const out: CodeAction[] = [];
  for (const correction of speller ? speller.suggest(word.replace(/’/g, "'")).slice(0, MAX_CORRECTIONS) : []) {
    const text = word.includes('’') ? correction.replace(/'/g, '’') : correction;
    const a = CodeAction.create(`Change to ‘${text}’`, { changes: { [state.uri]: toTextEdits(state.lines, [{ start, end, text }]) } }, CodeActionKind.QuickFix);
    a.diagnostics = [d];
    out.push(a);
  }
  const entry = word.replace(/['’]s$/, '');
  const add = state.path ? addToVocabularyEdit(state.path, entry, state.symposium.filePath) : undefined;
  if (add) out.push({ title: `Add ‘${entry}’ to the symposium’s vocabulary`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: add });
  return out;
}

/** Appends a word to `vocabulary` in the take's symposium.json (creating either when missing); nothing when it is listed already. */
export function addToVocabularyEdit(takePath: string, word: string, configFile: string | undefined) {
  return symposiumEdit(takePath, configFile, {
    create: () => ({ vocabulary: [word] }),
    modify: (text, data) => {
      const list = Array.isArray(data.vocabulary) ? data.vocabulary : undefined;
      if (list?.includes(word)) return [];
      return list ? insertJsonc(text, ['vocabulary', list.length], word) : insertJsonc(text, ['vocabulary'], [word]);
    },
  });
}
