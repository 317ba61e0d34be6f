// Groups the takes of a symposium that share a value: the duplicate-finding corpus rules use it.
import type { CorpusEntry, CorpusReport } from './rule';
import { baseName } from './config/paths';
import type { RelatedLocation, TakeSummary } from './types';

/** What a duplicate-finding rule reads from one take: a comparison key and the range to report. */
export interface Keyed {
  key: string;
  start: number;
  end: number;
}

/** What a corpus rule's `collect` kept of a take (undefined when the take was linted without it). */
export function collected<T>(summary: TakeSummary, ruleId: string): T | undefined {
  return summary.data?.[ruleId] as T | undefined;
}

/** How many other takes a finding points at; a group of thousands would otherwise cost millions of objects. */
export const MAX_RELATED = 10;

/**
 * Reports every take whose key (or one of whose keys) another take shares, pointing at (up to MAX_RELATED of) the others as related locations.
 * `describe` words the message from (some of) the other takes' file names and how many others there are.
 */
export function reportShared(
  entries: CorpusEntry[],
  read: (entry: CorpusEntry) => Keyed | Keyed[] | undefined,
  describe: (others: string[], total: number) => string,
  relatedMessage: string,
): CorpusReport[] {
  const groups = new Map<string, Array<{ filePath: string; at: Keyed }>>();
  for (const entry of entries) {
    const keyed = read(entry);
    for (const at of Array.isArray(keyed) ? keyed : keyed ? [keyed] : []) {
      if (at.key === '') continue;
      const group = groups.get(at.key) ?? [];
      if (group.at(-1)?.filePath === entry.summary.filePath) continue;
      group.push({ filePath: entry.summary.filePath, at });
      groups.set(at.key, group);
    }
  }
  const out: CorpusReport[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const member of group) {
      const others: Array<{ filePath: string; at: Keyed }> = [];
      for (const o of group) {
        if (o === member) continue;
        others.push(o);
        if (others.length > MAX_RELATED) break;
      }
      const shown = others.slice(0, MAX_RELATED);
      const related: RelatedLocation[] = shown.map((o) => ({ start: o.at.start, end: o.at.end, message: relatedMessage, filePath: o.filePath }));
      const names = shown.map((o) => baseName(o.filePath));
      out.push({ filePath: member.filePath, start: member.at.start, end: member.at.end, message: describe(names, group.length - 1), related });
    }
  }
  return out;
}

/** Lists file names for a message: `a.take`, `a.take and b.take`, `a.take, b.take and 2 more`. */
export function listFiles(names: string[], total = names.length): string {
  if (total <= 2) return names.join(' and ');
  if (total === 3) return `${names[0]}, ${names[1]} and ${names[2]}`;
  return `${names[0]}, ${names[1]} and ${total - 2} more`;
}
