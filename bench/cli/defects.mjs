// The defects injected into about one take in ten, each named by kind with the rule expected to catch it.
import * as V from './vocabulary.mjs';
import { TEMPLATES } from './sentences.mjs';
import { claimQuote, countWords } from './take.mjs';

/** Replaces (with `replacement`, literally) the first match of `pattern` in a body paragraph (paragraphs tried in random order) that is not inside the pull-quote sentence. */
function editBody(r, take, pattern, replacement) {
  for (const i of r.shuffle(take.body.map((_, k) => k))) {
    const paragraph = take.body[i];
    const quoteAt = paragraph.indexOf(take.quote);
    for (const m of paragraph.matchAll(pattern)) {
      const inQuote = quoteAt >= 0 && m.index >= quoteAt && m.index < quoteAt + take.quote.length;
      if (inQuote) continue;
      take.body[i] = paragraph.slice(0, m.index) + replacement + paragraph.slice(m.index + m[0].length);
      return true;
    }
  }
  return false;
}

/** Appends a sentence to the shortest body paragraph (so it does not also break paragraph-length). */
function appendSentence(r, take, sentence) {
  const lengths = take.body.map(countWords);
  const i = lengths.indexOf(Math.min(...lengths));
  take.body[i] = `${take.body[i]} ${sentence}`;
}

/** A slip in a first name that makes no other contributor's name: two letters swapped, or the last one doubled. */
function misspelled(first) {
  const swapped = first.length > 3 ? first[0] + first[2] + first[1] + first.slice(3) : first;
  return swapped !== first && !V.FIRST_NAMES.includes(swapped) ? swapped : first + first.slice(-1);
}

/** Re-renders the headline and byline for another contributor name. */
function rename(take, name) {
  take.headline = take.headline.replace(take.name, name);
  take.byline = take.byline.replace(take.name, name);
  take.name = name;
}

/**
 * Kind → { rule: the rule expected to report it; parts: the parts it edits (two defects of one take never share
 * one); corpus: true when it copies from `previous`, the last clean take, which the corpus rule then reports too;
 * apply(r, take, { previous, usedQuotes }): false when it cannot apply to this take }.
 */
export const DEFECTS = {
  'its-apostrophe': {
    rule: 'possessive-its',
    parts: 'body',
    apply: (r, t) => editBody(r, t, /\bits (?=\p{L})/gu, 'its’ ') || (appendSentence(r, t, 'Every port will fight for its’ own survival.'), true),
  },
  'us-missing-period': {
    rule: 'abbreviation-periods',
    parts: 'body',
    apply: (r, t) => editBody(r, t, /U\.S\.-/g, 'U.S-') || (appendSentence(r, t, 'The U.S-Asia lanes matter just as much.'), true),
  },
  'doubled-word': { rule: 'doubled-word', parts: 'body', apply: (r, t) => editBody(r, t, / the (?=\p{Ll})/gu, ' the the ') },
  'doubled-space': { rule: 'doubled-space', parts: 'body', apply: (r, t) => editBody(r, t, /(?<=\p{Ll}) (?=\p{Ll})/gu, '  ') },
  'trailing-space': {
    rule: 'doubled-space',
    parts: 'body',
    apply: (r, t) => {
      const i = r.int(0, t.body.length - 1);
      t.body[i] += ' ';
      return true;
    },
  },
  'straight-quotes-body': {
    rule: 'quote-style',
    parts: 'body',
    apply: (r, t) => {
      const i = t.body.findIndex((p) => /[“’]/.test(p));
      if (i < 0) return false;
      t.body[i] = t.body[i].replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
      return true;
    },
  },
  'straight-pull-quote': {
    rule: 'quote-style',
    parts: 'pullQuote',
    apply: (r, t) => {
      t.pullQuote = `"${t.quote}"`;
      return true;
    },
  },
  'single-quoted-pull-quote': {
    rule: 'pull-quote-marks',
    parts: 'pullQuote',
    apply: (r, t) => {
      t.pullQuote = `‘${t.quote}’`;
      return true;
    },
  },
  'spaced-hyphen-dash': { rule: 'dash-style', parts: 'body', apply: (r, t) => editBody(r, t, /—/g, ' - ') },
  'double-hyphen-dash': { rule: 'dash-style', parts: 'body', apply: (r, t) => editBody(r, t, /—/g, '--') },
  'editors-note-label': {
    rule: 'editors-note-label',
    parts: 'editorsNote',
    apply: (r, t) => {
      t.editorsNote = t.editorsNote.replace('Editor’s Note:', r.pick(['Editors Note:', 'Editor’s note:', 'Editor’s Note -', "Editor's Note:"]));
      return true;
    },
  },
  'editors-note-text': {
    rule: 'editors-note-text',
    parts: 'editorsNote',
    apply: (r, t) => {
      t.editorsNote = t.editorsNote.replace('every expert take', 'all the expert takes');
      return true;
    },
  },
  'missing-byline': {
    rule: 'required-parts',
    parts: 'byline',
    apply: (r, t) => {
      t.byline = null;
      return true;
    },
  },
  'missing-image': {
    rule: 'required-parts',
    parts: 'image',
    apply: (r, t) => {
      t.image = null;
      return true;
    },
  },
  'image-label': {
    rule: 'image-credit',
    parts: 'image',
    apply: (r, t) => {
      t.image = `image - ${V.SYMPOSIUM.imageCredit}`;
      return true;
    },
  },
  'wrong-image-credit': {
    rule: 'image-credit',
    parts: 'image',
    apply: (r, t) => {
      t.image = 'Image: Harbor Photo Agency';
      return true;
    },
  },
  'duplicate-image': {
    rule: 'duplicate-part',
    parts: 'image',
    apply: (r, t) => {
      t.image = `${t.image}\n${t.image}`;
      return true;
    },
  },
  'headline-period': {
    rule: 'headline-punctuation',
    parts: 'headline',
    apply: (r, t) => {
      t.headline += '.';
      return true;
    },
  },
  'headline-hyphen': {
    rule: 'headline-dash',
    parts: 'headline',
    apply: (r, t) => {
      t.headline = t.headline.replace(' – ', ' - ');
      return true;
    },
  },
  'headline-case': {
    rule: 'headline-case',
    parts: 'headline',
    apply: (r, t) => {
      t.headline = t.headline.replace(' Comes Next', ' comes next');
      return true;
    },
  },
  'byline-name': {
    rule: 'byline-name',
    parts: 'byline',
    apply: (r, t) => {
      const [first] = t.name.split(' ');
      t.byline = t.byline.replace(first, misspelled(first));
      return true;
    },
  },
  'byline-first-person': {
    rule: 'byline-person',
    parts: 'byline',
    apply: (r, t) => {
      t.byline = `I am ${r.pick(V.ROLES)} at ${r.pick(V.INSTITUTIONS)}.`;
      return true;
    },
  },
  'byline-no-affiliation': {
    rule: 'byline-affiliation',
    parts: 'byline',
    apply: (r, t) => {
      t.byline = `${t.name} is a writer and a former merchant sailor.`;
      return true;
    },
  },
  'pull-quote-not-in-body': {
    rule: 'pull-quote-in-body',
    parts: 'pullQuote',
    apply: (r, t, { usedQuotes }) => {
      const fresh = TEMPLATES.filter((x) => x.quotable);
      let sentence = r.pick(fresh).make(r);
      while (t.body.some((p) => p.includes(sentence)) || !claimQuote(usedQuotes, sentence)) sentence = r.pick(fresh).make(r);
      t.pullQuote = `“${sentence}”`;
      return true;
    },
  },
  'long-pull-quote': {
    rule: 'pull-quote-length',
    parts: 'pullQuote body',
    apply: (r, t) => {
      const sentences = TEMPLATES.filter((x) => x.quotable)
        .slice(0, 3)
        .map((x) => x.make(r));
      t.pullQuote = `“${sentences.join(' ')}”`;
      t.body.splice(r.int(1, t.body.length - 1), 0, sentences.join(' '));
      return true;
    },
  },
  'short-body': {
    rule: 'word-count',
    parts: 'body',
    apply: (r, t) => {
      const keep = t.body.filter((p) => p.includes(t.quote));
      for (const p of t.body) if (!keep.includes(p) && countWords([...keep, p].join(' ')) < 260) keep.push(p);
      t.body = keep;
      return countWords(keep.join(' ')) < 300;
    },
  },
  'long-paragraph': {
    rule: 'paragraph-length',
    parts: 'body',
    apply: (r, t) => {
      if (t.body.length < 4) return false;
      const merged = t.body.slice(0, 3).join(' ');
      t.body = [merged, ...t.body.slice(3)];
      return countWords(merged) > 200;
    },
  },
  'part-order': {
    rule: 'part-order',
    parts: 'body byline',
    apply: (r, t) => {
      if (!t.byline) return false;
      const last = t.body.pop();
      t.body.push(t.byline);
      t.byline = last;
      return true;
    },
  },
  'duplicate-contributor': {
    rule: 'unique-contributor',
    parts: 'headline byline',
    corpus: true,
    apply: (r, t, { previous }) => {
      if (!previous) return false;
      rename(t, previous.name);
      return true;
    },
  },
  'duplicate-pull-quote': {
    rule: 'unique-pull-quote',
    parts: 'pullQuote body',
    corpus: true,
    apply: (r, t, { previous }) => {
      if (!previous) return false;
      t.quote = previous.quote;
      t.pullQuote = `“${previous.quote}”`;
      appendSentence(r, t, previous.quote);
      return true;
    },
  },
};

export const DEFECT_KINDS = Object.keys(DEFECTS);
