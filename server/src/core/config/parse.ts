// Reads the text of a `symposium.json` (JSON with comments and trailing commas) into a Symposium, or problems with line and column.
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../text';
import { RULES } from '../rules';
import { buildSchema } from './schema';
import { validateTree } from './validate';
import { treeValue } from './tree-value';
import { DEFAULT_STYLE, type ConfigProblem, type HouseStyle, type Symposium, type SymposiumFile } from './types';

/** The name of a symposium's configuration file; the Node side looks for it walking up from each take. */
export const SYMPOSIUM_FILE = 'symposium.json';

let schema: ReturnType<typeof buildSchema> | undefined;

export interface ParsedSymposium {
  symposium?: Symposium;
  problems: ConfigProblem[];
}

/** Parses and validates `symposium.json` text (comments and trailing commas allowed, as in VS Code's settings); problems, never a throw. */
export function parseSymposium(text: string, filePath: string, root: string): ParsedSymposium {
  const lines = new LineIndex(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Offsets count the BOM (the text as read); columns do not, as for takes: editors do not show it.
  const at = (message: string, offset: number, length: number): ConfigProblem => {
    const p = lines.position(offset);
    const column = p.character + 1 - (p.line === 0 && offset > 0 ? bom : 0);
    return { filePath, message, line: p.line + 1, column, start: offset, end: offset + Math.max(length, 1) };
  };
  const errors: ParseError[] = [];
  const body = bom ? ' ' + text.slice(1) : text;
  const tree = parseTree(body, errors, { disallowComments: false, allowTrailingComma: true, allowEmptyContent: false });
  if (errors.length > 0 || !tree) {
    const e = errors[0];
    return {
      problems: [at(e ? `invalid JSON: ${describe(printParseErrorCode(e.error))}` : 'invalid JSON: the file is empty', e?.offset ?? 0, e?.length ?? 1)],
    };
  }
  schema ??= buildSchema(RULES);
  const problems = validateTree(tree, schema).map((p) => at(p.message, p.offset, p.length));
  const file = tree.type === 'object' ? (treeValue(tree) as SymposiumFile) : {};
  if (file.words && typeof file.words.min === 'number' && typeof file.words.max === 'number' && file.words.min > file.words.max) {
    const node = tree.children?.find((c) => c.children?.[0]?.value === 'words');
    problems.push(at(`words.min (${file.words.min}) is greater than words.max (${file.words.max})`, node?.offset ?? 0, node?.length ?? 1));
  }
  if (problems.length > 0) return { problems };
  return { symposium: { filePath, root, file, style: houseStyle(file) }, problems };
}

/** The house style of a symposium file, defaults filled in. */
export function houseStyle(file: SymposiumFile): HouseStyle {
  return {
    ...DEFAULT_STYLE,
    series: file.series,
    question: file.question,
    headline: file.headline,
    editorsNote: file.editorsNote,
    imageCredit: file.imageCredit,
    words: { ...DEFAULT_STYLE.words, ...file.words },
    pullQuote: { ...DEFAULT_STYLE.pullQuote, ...file.pullQuote },
    quotes: file.quotes ?? DEFAULT_STYLE.quotes,
    dashes: file.dashes ?? DEFAULT_STYLE.dashes,
    headlineCase: file.headlineCase ?? DEFAULT_STYLE.headlineCase,
    spelling: file.spelling ?? DEFAULT_STYLE.spelling,
    terms: file.terms ?? DEFAULT_STYLE.terms,
    vocabulary: file.vocabulary ?? DEFAULT_STYLE.vocabulary,
  };
}

/** The symposium a take has when no `symposium.json` applies. */
export function defaultSymposium(root: string): Symposium {
  return { root, file: {}, style: { ...DEFAULT_STYLE } };
}

/** Turns jsonc-parser's error codes into words. */
function describe(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'expected a property name in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected a colon',
    CommaExpected: 'expected a comma',
    CloseBraceExpected: 'expected }',
    CloseBracketExpected: 'expected ]',
    EndOfFileExpected: 'unexpected content after the end',
    InvalidCommentToken: 'comments are not allowed',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in a string',
  };
  return words[code] ?? code;
}
