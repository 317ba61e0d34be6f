// GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff.
import type { Message, RunReport } from '../run-report';
import { visible } from './visible';

const COMMAND: Record<Message['severity'], string> = { error: 'error', warning: 'warning', info: 'notice' };

/** One `::error file=…,line=…::message` line per finding, and one per take that could not be read. */
export function formatGithub(run: RunReport): string {
  const lines = run.failures.map((f) => `::error file=${escapeProperty(f.displayPath)}::${escapeData(f.message)}`);
  for (const file of run.files) {
    for (const m of file.messages) {
      const props = [`file=${escapeProperty(file.displayPath)}`, `line=${m.line}`, `col=${m.column}`, `endLine=${m.endLine}`, `endColumn=${m.endColumn}`];
      if (m.ruleId) props.push(`title=${escapeProperty(m.ruleId)}`);
      lines.push(`::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(m.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** Escapes a command's message: %, CR and LF, then every other control shown as a visible escape. */
function escapeData(text: string): string {
  return visible(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a command property value: as data, plus : and , which separate properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
