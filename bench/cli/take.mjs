// Builds one clean take as parts (headline, pull-quote, editor's note, body paragraphs, byline, image credit).
import * as V from './vocabulary.mjs';
import { OPENERS, TEMPLATES } from './sentences.mjs';

const WORD = /[\p{L}\p{N}]+(?:['’.\-–]+[\p{L}\p{N}]+)*/gu;

/** Counts words the way the linter does (hyphenated words and U.S. count once). */
export function countWords(text) {
  return text.match(WORD)?.length ?? 0;
}

/** Folds a sentence so two pull-quotes that differ only in case or spacing count as the same. */
const quoteKey = (s) => s.toLowerCase().replace(/\s+/g, ' ');

/** Reserves a sentence as a pull-quote in `used`; false when another take already has it. */
export function claimQuote(used, sentence) {
  if (used.has(quoteKey(sentence))) return false;
  used.add(quoteKey(sentence));
  return true;
}

/** One body paragraph of about `target` words (never more than `cap`), no template used twice, as sentences. */
function paragraph(r, target, cap) {
  const sentences = [];
  let words = 0;
  let template = r.pick(OPENERS);
  const used = new Set([template]);
  for (;;) {
    const text = template.make(r);
    const n = countWords(text);
    if (sentences.length > 0 && words + n > cap) break;
    sentences.push({ text, quotable: template.quotable, words: n });
    words += n;
    if (words >= target) break;
    const fresh = TEMPLATES.filter((t) => !used.has(t));
    template = r.pick(fresh.length > 0 ? fresh : TEMPLATES);
    used.add(template);
  }
  return sentences;
}

/** The body: 4–7 paragraphs sharing 500–620 words (a little more in practice: a paragraph ends on the sentence that fills it), at most 190 each. */
function body(r) {
  const total = r.int(500, 620);
  const count = r.int(4, 7);
  const paragraphs = [];
  for (let i = 0; i < count; i++) {
    const share = Math.round((total / count) * (0.8 + r.random() * 0.4));
    paragraphs.push(paragraph(r, Math.min(share, 170), 190));
  }
  return paragraphs;
}

/** A quotable body sentence of 12–40 words not yet used as a pull-quote anywhere in the corpus. */
function pullQuote(r, paragraphs, used) {
  const candidates = paragraphs.flat().filter((s) => s.quotable && s.words >= 12 && s.words <= 40 && !used.has(quoteKey(s.text)));
  if (candidates.length === 0) return undefined;
  const chosen = r.pick(candidates);
  claimQuote(used, chosen.text);
  return chosen.text;
}

/** The byline: `[Dr.] <Name> is <role> at|of <institution>.`, sometimes with a second sentence. */
function byline(r, name) {
  const honorific = r.chance(0.1) ? `${r.pick(V.HONORIFICS)} ` : '';
  const link = r.chance(0.2) ? 'of' : 'at';
  const tail = r.chance(0.25) ? ` The views expressed are the author’s own, and based on interviews in ${r.pick(V.CITIES)}.` : '';
  return `${honorific}${name} is ${r.pick(V.ROLES)} ${link} ${r.pick(V.INSTITUTIONS)}.${tail}`;
}

/**
 * A clean take for `name` (`usedQuotes` keeps pull-quotes unique across the corpus): its parts, one string per
 * line (body: one per paragraph), plus the name and the bare pull-quote sentence the defects work from.
 */
export function buildTake(r, name, usedQuotes) {
  let paragraphs = body(r);
  let quote = pullQuote(r, paragraphs, usedQuotes);
  while (quote === undefined) {
    paragraphs = body(r);
    quote = pullQuote(r, paragraphs, usedQuotes);
  }
  return {
    name,
    headline: V.SYMPOSIUM.headline.replace('{series}', V.SYMPOSIUM.series).replace('{contributor}', name),
    pullQuote: `“${quote}”`,
    quote,
    editorsNote: `Editor’s Note: ${V.SYMPOSIUM.editorsNote}`,
    body: paragraphs.map((p) => p.map((s) => s.text).join(' ')),
    byline: byline(r, name),
    image: `Image: ${V.SYMPOSIUM.imageCredit}`,
  };
}

/** Every contributor name, unique: first × last name pairs in random order, middle initials once those run out. */
export function contributorNames(r, n) {
  const pairs = [];
  for (const first of V.FIRST_NAMES) for (const last of V.LAST_NAMES) pairs.push(`${first} ${last}`);
  const names = r.shuffle(pairs);
  const out = names.slice(0, n);
  for (let i = 0; out.length < n; i++) {
    const [first, ...rest] = names[i % names.length].split(' ');
    out.push(`${first} ${String.fromCharCode(65 + (Math.floor(i / names.length) % 26))}. ${rest.join(' ')}`);
  }
  return out;
}
