// Renders a run in the chosen output format.
import type { FormatName } from '../args';
import type { FormatContext, RunReport } from '../run-report';
import { formatStylish } from './stylish';
import { jsonReport } from './json';
import { sarifReport } from './sarif';
import { joinChunks } from './json-stream';
import { formatGithub } from './github';
import { htmlReport } from './html';

/** Renders the run in the chosen format. */
export function formatReport(format: FormatName, run: RunReport, context: FormatContext): string {
  return joinChunks(reportChunks(format, run, context));
}

/** Renders the run in the chosen format as chunks to write one after the other: JSON, SARIF and HTML are never one string. */
export function* reportChunks(format: FormatName, run: RunReport, context: FormatContext): Generator<string> {
  if (format === 'json') yield* jsonReport(run);
  else if (format === 'sarif') yield* sarifReport(run, context);
  else if (format === 'github') yield formatGithub(run);
  else if (format === 'html') yield* htmlReport(run, context);
  else yield formatStylish(run, context);
}
