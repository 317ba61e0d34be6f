// Reads the inline directives (`<!-- commentary-lint-disable rule -->` …) of a take's comment lines and works out where each disables its rules.
import type { CommentLine, Directive, DirectiveRule, Take } from './types';

/** The directive keyword, then the rule ids, then an optional `-- reason` that is not read. */
const DIRECTIVE = /^<!--\s*commentary-lint-(disable-next-line|disable-file|disable|enable)(?=\s|-->|$)/;
/** One rule id among the spaces and commas of a directive. */
const ID = /[^\s,]+/g;

/** What the engine knows of the rules when it reads directives. */
export interface RuleKnowledge {
  /** Ids of the rules the engine was given. */
  known: (id: string) => boolean;
  /** Ids of the rules that run on this take (not off). */
  active: (id: string) => boolean;
}

/** Every directive of a take, in order, with the range each rule it names is disabled over (one pass over comments and paragraphs). */
export function readDirectives(take: Take, rules: RuleKnowledge): Directive[] {
  const out: Directive[] = [];
  const open = new Map<string, DirectiveRule[]>();
  const end = take.text.length + 1;
  let next = 0;
  for (const c of take.comments) {
    const d = readOne(take.text, c, rules);
    if (!d) continue;
    out.push(d);
    if (d.kind === 'disable-file') setRange(d.rules, 0, end);
    else if (d.kind === 'disable-next-line') {
      while (next < take.paragraphs.length && take.paragraphs[next].start < c.end) next++;
      const p = take.paragraphs[next];
      if (p) setRange(d.rules, lineStartOf(take.text, p.start), lineBreakAfter(take.text, p.end, true));
    } else if (d.kind === 'disable') {
      setRange(d.rules, d.removal.end, end);
      for (const r of d.rules) {
        const list = open.get(r.id ?? '');
        if (list) list.push(r);
        else open.set(r.id ?? '', [r]);
      }
    } else closeOpen(open, d);
  }
  return out;
}

/** Reads one comment as a directive, or undefined when it is an ordinary comment. */
function readOne(text: string, c: CommentLine, rules: RuleKnowledge): Directive | undefined {
  const m = DIRECTIVE.exec(c.text);
  if (!m) return undefined;
  const kind = m[1] as Directive['kind'];
  const tail = c.text.slice(m[0].length, c.text.length - '-->'.length);
  const reason = /(?:^|\s)--(?:\s|$)/.exec(tail);
  const ids = reason ? tail.slice(0, reason.index) : tail;
  const base = c.start + m[0].length;
  const named: DirectiveRule[] = [];
  for (const id of ids.matchAll(ID)) {
    const start = base + (id.index ?? 0);
    named.push(entry(id[0], start, start + id[0].length, rules));
  }
  const keyword = c.start + m[0].length - m[1].length - 'commentary-lint-'.length;
  const all: DirectiveRule = { start: keyword, end: base, from: 0, to: 0, known: true, active: true, used: false };
  return {
    kind,
    start: c.start,
    end: c.end,
    removal: { start: lineStartOf(text, c.start), end: lineBreakAfter(text, c.end, true) },
    rules: named.length ? named : [all],
  };
}

/** One named rule of a directive, not yet given a range. */
function entry(id: string, start: number, end: number, rules: RuleKnowledge): DirectiveRule {
  return { id, start, end, from: 0, to: 0, known: rules.known(id), active: rules.active(id), used: false };
}

/** Gives each rule of a directive the range [from, to). */
function setRange(list: DirectiveRule[], from: number, to: number): void {
  for (const r of list) {
    r.from = from;
    r.to = to;
  }
}

/** An `enable` ends the open `disable`s of the rules it names (every open one when it names none) at its own line. */
function closeOpen(open: Map<string, DirectiveRule[]>, enable: Directive): void {
  const stop = enable.removal.start;
  for (const r of enable.rules) {
    const keys = r.id === undefined ? [...open.keys()] : [r.id];
    for (const key of keys) {
      for (const closed of open.get(key) ?? []) {
        closed.to = stop;
        r.used = true;
      }
      open.delete(key);
    }
  }
}

/** Where the line holding an offset starts. */
function lineStartOf(text: string, offset: number): number {
  let s = offset;
  while (s > 0 && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13) s--;
  return s;
}

/** Where the line holding an offset ends: before its line break, or after it when `withBreak`. */
function lineBreakAfter(text: string, offset: number, withBreak = false): number {
  let e = offset;
  while (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  if (!withBreak) return e;
  if (text.charCodeAt(e) === 13) e++;
  if (text.charCodeAt(e) === 10) e++;
  return e;
}
