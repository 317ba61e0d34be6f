// Sends diagnostics: for takes (take and corpus findings) and for broken symposium.json files.
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver';
import type { ConfigProblem } from '../core';
import type { ServerContext } from './context';
import { SOURCE, pathToUri, toDiagnostic } from './convert';
import type { TakeState } from './takes';

/** Publishes every finding of a take, with the document version it was computed for. */
export function publishTake(ctx: ServerContext, state: TakeState): void {
  const linesOf = (uri: string) => ctx.store.get(uri)?.lines;
  const diagnostics = ctx.store.findings(state).map((f) => toDiagnostic(f, state.lines, state.uri, state.version, linesOf));
  void ctx.connection.sendDiagnostics({ uri: state.uri, version: state.version ?? undefined, diagnostics });
}

/** Clears a file's diagnostics (closed and gone, or linting disabled). */
export function clearDiagnostics(ctx: ServerContext, uri: string): void {
  void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
}

/** Publishes the problems of one symposium.json on that file (an empty list clears them). */
export function publishConfigProblems(ctx: ServerContext, configFile: string, problems: ConfigProblem[]): void {
  const diagnostics = problems.map((p) => {
    const start = { line: p.line - 1, character: p.column - 1 };
    const d = Diagnostic.create(
      Range.create(start, { line: start.line, character: start.character + Math.max(1, p.end - p.start) }),
      p.message,
      DiagnosticSeverity.Error,
      'invalid-config',
      SOURCE,
    );
    return d;
  });
  void ctx.connection.sendDiagnostics({ uri: pathToUri(configFile), diagnostics });
}
