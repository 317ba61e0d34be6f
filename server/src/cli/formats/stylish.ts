// The human format, modelled on ESLint's "stylish": a block per file, aligned rows, a summary.
import { totals, type FileReport, type FormatContext, type RunReport } from '../run-report';
import { unifiedDiff } from '../diff';
import { visible } from './visible';

type Paint = (text: string) => string;

/** ANSI styles, or identity functions when colour is off. */
function palette(on: boolean): Record<'red' | 'yellow' | 'blue' | 'green' | 'dim' | 'bold' | 'underline' | 'cyan', Paint> {
  const style = (open: number, close: number): Paint => (on ? (t) => `\x1b[${open}m${t}\x1b[${close}m` : (t) => t);
  return {
    red: style(31, 39),
    yellow: style(33, 39),
    blue: style(34, 39),
    green: style(32, 39),
    cyan: style(36, 39),
    dim: style(2, 22),
    bold: style(1, 22),
    underline: style(4, 24),
  };
}

/** Renders every file with problems, the would-be diffs of --fix-dry-run, and the summary; "" when clean. */
export function formatStylish(run: RunReport, context: FormatContext): string {
  const c = palette(context.color);
  const out: string[] = [];
  if (run.dryRun)
    for (const file of run.files)
      if (file.output !== undefined) out.push(colorDiff(visible(unifiedDiff(file.displayPath, file.source ?? '', file.output), true), c));
  for (const file of run.files) if (file.messages.length > 0) out.push(fileBlock(file, c));
  const sum = totals(run.files);
  const problems = sum.errorCount + sum.warningCount + sum.infoCount;
  if (problems > 0) {
    const color = sum.errorCount > 0 ? c.red : sum.warningCount > 0 ? c.yellow : c.blue;
    const counts = `${plural(sum.errorCount, 'error')}, ${plural(sum.warningCount, 'warning')}, ${plural(sum.infoCount, 'info')}`;
    const lines = [color(c.bold(`✖ ${plural(problems, 'problem')} (${counts})`))];
    if (sum.fixableCount > 0) lines.push(color(c.bold(`  ${sum.fixableCount} fixable with --fix`)));
    out.push(lines.join('\n') + '\n');
  }
  return out.join('\n');
}

/** One file: its path, then a row per message with columns aligned. */
function fileBlock(file: FileReport, c: Record<string, Paint>): string {
  let lineWidth = 0;
  for (const m of file.messages) lineWidth = Math.max(lineWidth, String(m.line).length);
  let placeWidth = 0;
  let severityWidth = 0;
  let messageWidth = 0;
  for (const m of file.messages) {
    placeWidth = Math.max(placeWidth, lineWidth + 1 + String(m.column).length);
    severityWidth = Math.max(severityWidth, m.severity.length);
    messageWidth = Math.max(messageWidth, visible(m.message).length);
  }
  const rows = file.messages.map((m) => {
    const place = `${String(m.line).padStart(lineWidth)}:${m.column}`.padEnd(placeWidth);
    const severity = m.severity.padEnd(severityWidth);
    const paint = m.severity === 'error' ? c.red : m.severity === 'warning' ? c.yellow : c.blue;
    const rule = m.ruleId ? `  ${c.dim(visible(m.ruleId))}` : '';
    return `  ${c.dim(place)}  ${paint(severity)}  ${m.ruleId ? visible(m.message).padEnd(messageWidth) : visible(m.message)}${rule}`.trimEnd();
  });
  return `${c.underline(visible(file.displayPath))}\n${rows.join('\n')}\n`;
}

/** Colours removed lines red and added lines green. */
function colorDiff(diff: string, c: Record<string, Paint>): string {
  return diff
    .split('\n')
    .map((line) =>
      line.startsWith('+++') || line.startsWith('---')
        ? c.bold(line)
        : line.startsWith('@@')
          ? c.cyan(line)
          : line.startsWith('+')
            ? c.green(line)
            : line.startsWith('-')
              ? c.red(line)
              : line,
    )
    .join('\n');
}

/** "1 error", "2 errors". */
function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
