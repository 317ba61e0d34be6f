// Renders a run in the chosen output format.
import type { FormatName } from '../args';
import type { FormatContext, RunReport } from '../run-report';
import { formatStylish } from './stylish';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatGithub } from './github';

/** Renders the run in the chosen format. */
export function formatReport(format: FormatName, run: RunReport, context: FormatContext): string {
  if (format === 'json') return formatJson(run);
  if (format === 'sarif') return formatSarif(run, context);
  if (format === 'github') return formatGithub(run);
  return formatStylish(run, context);
}
