// The commentary/corpus request: every symposium of the workspace and its takes, for the preview panel.
import { isInside, relativePath } from '../../core';
import type { CorpusParams, CorpusResult, CorpusSymposium, CorpusTake } from '../../shared/protocol';
import type { ServerContext } from '../context';
import { pathToUri, uriToPath } from '../convert';
import { groupFolder } from '../server';
import type { TakeState } from '../takes';

/** Answers commentary/corpus, optionally for the symposium of one take or folder only. */
export function corpus(ctx: ServerContext, params: CorpusParams | undefined): CorpusResult {
  const wanted = params?.uri ? uriToPath(params.uri) : undefined;
  const symposia: CorpusSymposium[] = [];
  // One pass over the store's symposium index: linear in the number of takes (no list copied per take).
  for (const [group, members] of ctx.store.groups()) {
    const takes: TakeState[] = [];
    for (const t of members.values()) if (t.path) takes.push(t);
    if (takes.length === 0) continue;
    const folder = groupFolder(group);
    if (wanted && !takes.some((t) => t.path === wanted) && !(isInside(folder, wanted) || isInside(wanted, folder))) continue;
    symposia.push(describe(ctx, folder, takes));
  }
  symposia.sort((a, b) => a.root.localeCompare(b.root));
  return { symposia };
}

/** One symposium: its configuration and a card's worth of data per take. */
function describe(ctx: ServerContext, folder: string, takes: TakeState[]): CorpusSymposium {
  const look = ctx.store.lookup(takes[0].path);
  const style = takes[0].symposium.style;
  return {
    root: pathToUri(folder),
    config: look.configFile ? pathToUri(look.configFile) : undefined,
    configError: look.problems[0] ? `${look.problems[0].line}:${look.problems[0].column} ${look.problems[0].message}` : undefined,
    series: style.series,
    question: style.question,
    words: style.words,
    takes: takes.map((t) => card(ctx, t)).sort((a, b) => a.file.localeCompare(b.file)),
  };
}

/** The card data of one take. */
function card(ctx: ServerContext, t: TakeState): CorpusTake {
  const findings = ctx.store.findings(t);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const s = t.result.summary;
  return {
    uri: t.uri,
    file: relativePath(t.symposium, t.path ?? ''),
    contributor: s.contributor,
    affiliation: s.affiliation,
    role: s.role,
    people: s.people.map(({ name, role, affiliation }) => ({ name, role, affiliation })),
    headline: s.headline,
    pullQuote: s.pullQuote,
    wordCount: s.wordCount,
    paragraphs: s.paragraphs,
    parts: s.parts,
    counts,
    firstProblem: findings[0] ? t.lines.position(findings[0].start) : undefined,
  };
}
