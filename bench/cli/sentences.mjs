// Sentence templates for invented commentary prose: curly quotes and apostrophes, em dashes, U.S., numbers.
import * as V from './vocabulary.mjs';

/** Upper-cases the first letter of a sentence. */
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** A number with thousands separators, as an editor writes it. */
const grouped = (n) => n.toLocaleString('en-US');

/**
 * Each template builds one sentence from random picks. `quotable`: no quotation marks inside, so it can be
 * the pull-quote; `opener`: safe as a paragraph's first sentence; `closer`: does not end on a quote mark.
 */
export const TEMPLATES = [
  { quotable: true, opener: false, closer: true, make: (r) => `${cap(r.pick(V.ACTORS))} ${r.pick(V.VERBS)} ${r.pick(V.OBJECTS)}, ${r.pick(V.ASIDES)}.` },
  {
    quotable: true,
    opener: true,
    closer: true,
    make: (r) =>
      `The real lesson of the Lisbon round is that ${r.pick(V.ACTORS)} ${r.pick(V.VERBS)} ${r.pick(V.OBJECTS)}—${r.pick(V.DASH_ASIDES)}—and the rest will follow.`,
  },
  {
    quotable: false,
    opener: false,
    closer: true,
    make: (r) => `As one ${r.pick(V.ROLE_NOUNS)} in ${r.pick(V.CITIES)} put it to me, the talks produced “${r.pick(V.QUOTES)}” rather than a settlement.`,
  },
  {
    quotable: true,
    opener: false,
    closer: true,
    make: (r) =>
      `Freight rates through ${r.pick(V.PLACES)} rose ${r.int(2, 19)}.${r.int(1, 9)} percent in ${r.int(2009, 2024)}, and ${r.pick(V.ACTORS)} have not forgotten it.`,
  },
  {
    quotable: true,
    opener: true,
    closer: true,
    make: (r) => `It is tempting to read the final communiqué as a breakthrough on ${r.pick(V.OBJECTS)}; it is nothing of the sort.`,
  },
  {
    quotable: true,
    opener: true,
    closer: true,
    make: (r) => `None of this is new: ${r.pick(V.ACTORS)} argued over ${r.pick(V.OBJECTS)} as early as ${r.int(1995, 2015)}, and lost.`,
  },
  {
    quotable: true,
    opener: true,
    closer: true,
    make: (r) => `What matters now is whether ${r.pick(V.ACTORS)} can ${r.pick(V.BASE_VERBS)} ${r.pick(V.OBJECTS)} before the ${r.pick(V.SEASONS)} deadline.`,
  },
  {
    quotable: false,
    opener: false,
    closer: true,
    make: (r) => `Critics call the draft “${r.pick(V.QUOTES)},” and they are not entirely wrong about ${r.pick(V.OBJECTS)}.`,
  },
  {
    quotable: true,
    opener: true,
    closer: true,
    make: (r) => `There is a quieter story here—${r.pick(V.DASH_ASIDES)}—about who pays for ${r.pick(V.OBJECTS)} once the cameras leave.`,
  },
  {
    quotable: true,
    opener: true,
    closer: true,
    make: (r) =>
      `The numbers are stark: ${grouped(r.int(120, 4800))} vessels, ${r.int(12, 90)} ports and roughly $${r.int(2, 40)}.${r.int(1, 9)} billion in delayed cargo.`,
  },
  {
    quotable: true,
    opener: false,
    closer: true,
    make: (r) =>
      `Nobody in ${r.pick(V.CITIES)} wants to repeat the ${r.int(2001, 2021)} standoff, when ${grouped(r.int(40, 2600))} ships sat idle for ${r.int(3, 40)} days.`,
  },
  {
    quotable: true,
    opener: false,
    closer: true,
    make: (r) => `If ${r.pick(V.ACTORS)} moves first on ${r.pick(V.OBJECTS)}, ${r.pick(V.ACTORS)} will follow within months.`,
  },
  {
    quotable: true,
    opener: true,
    closer: true,
    make: (r) => `Still, the Lisbon text leaves room for ${r.pick(V.OBJECTS)}, and that matters more than the headlines suggest.`,
  },
  {
    quotable: true,
    opener: true,
    closer: true,
    make: (r) => `That’s why ${r.pick(V.ACTORS)} won’t ${r.pick(V.BASE_VERBS)} ${r.pick(V.OBJECTS)} this year, whatever the ministers say.`,
  },
  {
    quotable: true,
    opener: false,
    closer: true,
    make: (r) => `${cap(r.pick(V.ACTORS))} will defend its ${r.pick(V.ASSETS)} long before it signs up to ${r.pick(V.OBJECTS)}.`,
  },
  {
    quotable: true,
    opener: false,
    closer: true,
    make: (r) =>
      `The U.S.-${r.pick(V.REGIONS)} trade alone moved ${grouped(r.int(1200, 98000))} containers a week last year, most of them through ${r.int(3, 9)} terminals.`,
  },
  {
    quotable: false,
    opener: false,
    closer: true,
    make: (r) => `“We are not in the business of ‘${r.pick(V.QUOTES)},’” one ${r.pick(V.ROLE_NOUNS)} told me in ${r.pick(V.CITIES)}.`,
  },
  {
    quotable: true,
    opener: true,
    closer: true,
    make: (r) => `The ${r.pick(V.ROLE_NOUNS)}s I spoke to doubt that ${r.pick(V.OBJECTS)} can survive another round of U.S. tariff threats.`,
  },
  {
    quotable: true,
    opener: true,
    closer: true,
    make: (r) =>
      `Yet the harder question is political: a minister who concedes ${r.pick(V.OBJECTS)} today will face ${r.pick(V.ACTORS)} at home, and few can afford that.`,
  },
  {
    quotable: true,
    opener: false,
    closer: true,
    make: (r) =>
      `${cap(r.pick(V.ACTORS))} doesn’t need a treaty to ${r.pick(V.BASE_VERBS)} ${r.pick(V.OBJECTS)}; it needs ${r.int(2, 6)} more years and a budget.`,
  },
];

export const OPENERS = TEMPLATES.filter((t) => t.opener);
export const CLOSERS = TEMPLATES.filter((t) => t.closer);
