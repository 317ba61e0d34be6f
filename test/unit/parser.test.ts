// The parser: part kinds per line for a table of layouts, names and roles, and robustness against any text.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseTake, lintText, type PartKind, type Take, type Span } from '../../server/src/core';
import { take, DEFAULT_BODY, TEST_SERIES, TEST_TEMPLATE } from '../helpers/take-builder';
import { NO_SEED, readSeed } from '../helpers/seed';
import { symposiumFor } from '../helpers/rule-cases';

const HINTS = { series: TEST_SERIES, headline: TEST_TEMPLATE };
const B = DEFAULT_BODY;
const H = 'headline';
const Q = 'pullQuote';
const N = 'editorsNote';
const Y = 'byline';
const I = 'imageCredit';
const body = (n: number): PartKind[] => Array<PartKind>(n).fill('body');
const NB = B.length;
const CLEAN: PartKind[] = [H, Q, N, ...body(NB), Y, I];

interface KindCase {
  name: string;
  text: string;
  kinds: PartKind[];
  hints?: boolean;
  duplicates?: PartKind[];
}

const KIND_CASES: KindCase[] = [
  { name: 'the default take', text: take(), kinds: CLEAN },
  {
    name: 'a byline with an accented name moved above the last paragraph',
    text: take({
      headline: `${TEST_SERIES} – We Asked Raúl Arslan What Comes Next for the River`,
      body: [...B.slice(0, -1), 'Raúl Arslan is a fellow at the Delta Institute.', B[B.length - 1]],
      byline: null,
    }),
    kinds: [H, Q, N, ...body(NB - 1), Y, 'body', I],
  },
  { name: 'the default take without hints', text: take(), kinds: CLEAN, hints: false },
  { name: 'CRLF line endings', text: take({}, '\r\n'), kinds: CLEAN },
  { name: 'a BOM', text: '\uFEFF' + take(), kinds: CLEAN },
  { name: 'no final newline', text: take().trimEnd(), kinds: CLEAN },
  { name: 'blank-line separated paragraphs', text: take({}, '\n\n'), kinds: CLEAN },
  { name: 'blank lines with spaces, CRLF and a BOM', text: '\uFEFF' + take({}, '\r\n  \r\n'), kinds: CLEAN },
  { name: 'lone CR line endings', text: take({}, '\r'), kinds: CLEAN },
  { name: 'empty file', text: '', kinds: [] },
  { name: 'only blank lines', text: '\n \n\t\r\n', kinds: [] },
  { name: 'a BOM only', text: '\uFEFF', kinds: [] },
  {
    name: 'unquoted pull-quote before the note',
    text: take({ pullQuote: 'Data alone will not refill the lake, but it changes what a ministry can deny.' }),
    kinds: CLEAN,
  },
  { name: 'straight-quoted pull-quote', text: take({ pullQuote: '"Data alone will not refill the lake."' }), kinds: CLEAN },
  { name: 'single-quoted pull-quote', text: take({ pullQuote: '‘Data alone will not refill the lake.’' }), kinds: CLEAN },
  { name: 'pull-quote missing its closing mark', text: take({ pullQuote: '“Data alone will not refill the lake.' }), kinds: CLEAN },
  { name: 'pull-quote with the period outside', text: take({ pullQuote: '“Data alone will not refill the lake”.' }), kinds: CLEAN },
  { name: "missing editor's note", text: take({ editorsNote: null }), kinds: [H, Q, ...body(NB), Y, I] },
  {
    name: "missing editor's note and an unquoted pull-quote: body",
    text: take({ editorsNote: null, pullQuote: 'Data alone will not refill the lake.' }),
    kinds: [H, ...body(NB + 1), Y, I],
  },
  { name: 'missing pull-quote', text: take({ pullQuote: null }), kinds: [H, N, ...body(NB), Y, I] },
  { name: 'missing headline, quoted pull-quote first', text: take({ headline: null }), kinds: [Q, N, ...body(NB), Y, I] },
  {
    name: 'missing headline, unquoted pull-quote first',
    text: take({ headline: null, pullQuote: 'Data alone will not refill the lake, and everyone knows it.' }),
    kinds: [Q, N, ...body(NB), Y, I],
  },
  { name: 'missing headline and pull-quote', text: take({ headline: null, pullQuote: null }), kinds: [N, ...body(NB), Y, I] },
  {
    name: 'headline with a final period before the note',
    text: take({ headline: 'The Mekong Accord – We Asked Mai Linh Tran What Comes Next for the River.', pullQuote: null }),
    kinds: [H, N, ...body(NB), Y, I],
  },
  { name: 'headline in another wording', text: take({ headline: 'Mekong Accord: Mai Linh Tran on the River' }), kinds: CLEAN },
  { name: 'missing byline', text: take({ byline: null }), kinds: [H, Q, N, ...body(NB), I] },
  { name: 'missing image credit', text: take({ image: null }), kinds: [H, Q, N, ...body(NB), Y] },
  { name: 'missing byline and image credit', text: take({ byline: null, image: null }), kinds: [H, Q, N, ...body(NB)] },
  {
    name: 'byline after the image line',
    text: take({ byline: 'Image: Reuters', image: 'Mai Linh Tran is a senior research fellow at the Institute for Water Policy.' }),
    kinds: [H, Q, N, ...body(NB), I, Y],
  },
  {
    name: 'a two-sentence byline with an honorific',
    text: take({ byline: 'Dr. Mai Linh Tran is director of the Delta Program at the Institute for Water Policy. She is based in Singapore.' }),
    kinds: CLEAN,
  },
  { name: 'a first-person byline', text: take({ byline: 'I am a hydrologist at the Delta Research Centre in Can Tho.' }), kinds: CLEAN },
  {
    name: 'a byline without a verb, named as in the headline',
    text: take({ byline: 'Mai Linh Tran, senior research fellow, Institute for Water Policy' }),
    kinds: CLEAN,
  },
  { name: 'a loose image credit', text: take({ image: 'Photo courtesy of AP' }), kinds: CLEAN },
  {
    name: 'body paragraphs that open like labels stay body',
    text: take({
      body: [
        'Editors note that the accord says nothing about sediment, which matters as much as water.',
        'Photo-ops at the signing hid the real disagreements.',
        ...B.slice(2),
      ],
    }),
    kinds: CLEAN,
  },
  {
    name: 'a body paragraph opening with a quotation stays body',
    text: take({ body: ['“Shared river” is a phrase every minister used in Vientiane, and none of them defined it. ' + B[0], ...B.slice(1)] }),
    kinds: CLEAN,
  },
  {
    name: 'a last body paragraph that opens like a byline stays body',
    text: take({ byline: null, body: [...B.slice(0, NB - 1), 'Vietnam is the country with most to lose. ' + B[NB - 1]] }),
    kinds: [H, Q, N, ...body(NB), I],
  },
  { name: 'image credit twice', text: take({ image: 'Image: Reuters\nImage: AP' }), kinds: [...CLEAN, I], duplicates: [I] },
  {
    name: 'pull-quote twice',
    text: take({ pullQuote: '“Data alone will not refill the lake.”\n“Evidence is what courts have lacked.”' }),
    kinds: [H, Q, Q, N, ...body(NB), Y, I],
    duplicates: [Q],
  },
  { name: "editor's note twice", text: take({ image: 'Image: Reuters\nEditor’s Note: Read them all.' }), kinds: [...CLEAN, N], duplicates: [N] },
  {
    name: 'headline twice',
    text: take({ pullQuote: 'The Mekong Accord – We Asked Mai Linh Tran What Comes Next for the River' }),
    kinds: [H, H, N, ...body(NB), Y, I],
    duplicates: [H],
  },
  {
    name: 'byline twice',
    text: take({ body: [...B, 'Mai Linh Tran is a senior research fellow at the Institute for Water Policy in Singapore.'] }),
    kinds: [H, Q, N, ...body(NB), Y, Y, I],
    duplicates: [Y],
  },
  {
    name: 'pull-quote before the headline',
    text: take({ headline: '“A ministry cannot deny a sudden drop.”', pullQuote: 'The Mekong Accord – We Asked Mai Linh Tran What Comes Next for the River' }),
    kinds: [Q, H, N, ...body(NB), Y, I],
  },
  {
    name: "pull-quote after the editor's note",
    text: take({ pullQuote: null, editorsNote: `Editor’s Note: Read them all.\n“A ministry cannot deny a sudden drop.”` }),
    kinds: [H, N, Q, ...body(NB), Y, I],
  },
  {
    name: 'byline above the body',
    text: take({ editorsNote: 'Editor’s Note: Read them all.\nMai Linh Tran is a senior research fellow at the Institute for Water Policy.', byline: null }),
    kinds: [H, Q, N, Y, ...body(NB), I],
  },
  {
    name: 'image credit above the body',
    text: take({ editorsNote: 'Editor’s Note: Read them all.\nImage: Reuters', image: null }),
    kinds: [H, Q, N, I, ...body(NB), Y],
  },
  { name: 'one line of prose', text: 'Nothing but a single sentence of prose that goes on for a while without a break at all.', kinds: [H] },
];

/** The kinds of a parsed take's parts, in order. */
function kindsOf(t: Take): PartKind[] {
  return t.parts.map((p) => p.kind);
}

/** Asserts that a span's text is what its offsets cut from the source. */
function assertSpan(text: string, s: Span | undefined, label: string): void {
  if (!s) return;
  assert.equal(text.slice(s.start, s.end), s.text, `${label} offsets`);
}

/** Checks the invariants every parse keeps, whatever the text. */
function assertInvariants(text: string, t: Take): void {
  assert.equal(t.parts.length, t.paragraphs.length, 'one part per paragraph');
  for (const p of t.parts) {
    assertSpan(text, p, p.kind);
    assert.doesNotMatch(p.text, /^[\s\uFEFF]|[\s]$|[\r\n]/, 'paragraphs are trimmed single lines');
  }
  assertSpan(text, t.headline?.series, 'series');
  assertSpan(text, t.headline?.dash, 'dash');
  for (const n of t.headline?.contributors ?? []) {
    assertSpan(text, n, 'headline name');
    assertSpan(text, n.bare, 'headline bare name');
    assertSpan(text, n.honorific, 'headline honorific');
    assertSpan(text, n.suffix, 'headline suffix');
  }
  assertSpan(text, t.pullQuote?.inner, 'pull-quote inner');
  assertSpan(text, t.pullQuote?.open, 'pull-quote open');
  assertSpan(text, t.pullQuote?.close, 'pull-quote close');
  assertSpan(text, t.editorsNote?.label, 'note label');
  assertSpan(text, t.editorsNote?.body, 'note body');
  for (const p of t.byline?.people ?? []) {
    assertSpan(text, p.name, 'byline name');
    assertSpan(text, p.name.bare, 'byline bare name');
    assertSpan(text, p.name.honorific, 'byline honorific');
    assertSpan(text, p.name.suffix, 'byline suffix');
    assertSpan(text, p.appositive, 'byline appositive');
    assertSpan(text, p.verb, 'byline verb');
    assertSpan(text, p.role, 'byline role');
    assertSpan(text, p.affiliation, 'byline affiliation');
  }
  assertSpan(text, t.imageCredit?.credit, 'image credit');
  assert.equal(t.body.length, t.parts.filter((p) => p.kind === 'body').length);
}

describe('parser: part kinds per line', () => {
  for (const c of KIND_CASES) {
    test(c.name, () => {
      const t = parseTake(c.text, c.hints === false ? {} : HINTS);
      assert.deepEqual(kindsOf(t), c.kinds);
      assert.deepEqual(
        t.duplicates.map((d) => d.kind),
        c.duplicates ?? [],
      );
      assertInvariants(c.text, t);
    });
  }
});

describe('parser: layout', () => {
  test('CRLF: eol, offsets without the CR, line numbers', () => {
    const text = take({}, '\r\n');
    const t = parseTake(text, HINTS);
    assert.equal(t.eol, '\r\n');
    assert.equal(t.finalNewline, true);
    assert.deepEqual(
      t.paragraphs.map((p) => p.line),
      CLEAN.map((_, k) => k),
    );
  });
  test('BOM: flagged, and offsets count it', () => {
    const t = parseTake('\uFEFF' + take(), HINTS);
    assert.equal(t.bom, true);
    assert.equal(t.headline?.start, 1);
  });
  test('blank-line separated: line numbers skip the blank lines', () => {
    const t = parseTake(take({}, '\n\n'), HINTS);
    assert.deepEqual(
      t.paragraphs.map((p) => p.line),
      CLEAN.map((_, k) => 2 * k),
    );
  });
  test('no final newline', () => {
    const t = parseTake(take().trimEnd(), HINTS);
    assert.equal(t.finalNewline, false);
    assert.equal(t.imageCredit?.text, 'Image: Reuters');
  });
  test('empty file', () => {
    const t = parseTake('', HINTS);
    assert.deepEqual([t.parts.length, t.body.length, t.duplicates.length, t.bom, t.finalNewline], [0, 0, 0, false, false]);
  });
});

interface NameCase {
  headline?: string;
  byline?: string;
  name: string;
  honorific?: string;
  bare?: string;
  verb?: string;
  role?: string;
  affiliation?: string | null;
  series?: string;
  dash?: string;
  hints?: boolean;
}

const NAME_CASES: NameCase[] = [
  { headline: 'The Mekong Accord – We Asked Mai Linh Tran What Comes Next for the River', name: 'Mai Linh Tran', series: 'The Mekong Accord', dash: ' – ' },
  { headline: 'The Mekong Accord – We Asked Dr. Ana Ruiz What Comes Next for the River', name: 'Dr. Ana Ruiz', honorific: 'Dr.', bare: 'Ana Ruiz' },
  { headline: 'The Mekong Accord - We Asked Seán O’Hanlon What Comes Next for the River', name: 'Seán O’Hanlon', series: 'The Mekong Accord', dash: ' - ' },
  { headline: 'The Mekong Accord--We Asked Lee Jae-won What Comes Next for the River', name: 'Lee Jae-won', dash: '--' },
  { headline: 'The Mekong Accord: We Asked Ana Ruiz What Comes Next for the River', name: 'Ana Ruiz', series: 'The Mekong Accord', dash: ': ' },
  { headline: 'The Mekong Accord: We Asked Ana Ruiz What Comes Next for the River', name: 'Ana Ruiz', series: 'The Mekong Accord', dash: ': ', hints: false },
  { headline: 'the mekong accord – we asked ana ruiz what comes next for the river', name: 'ana ruiz', series: 'the mekong accord' },
  { headline: 'the mekong accord – we asked dr. ana ruiz what comes next for the river', name: 'dr. ana ruiz', honorific: 'dr.', bare: 'ana ruiz' },
  { headline: 'The Mekong Accord  –  We Asked Ana Ruiz What Comes Next for the River.', name: 'Ana Ruiz', dash: '  –  ' },
  { headline: 'Water Wars – We Asked Ana Ruiz Whether the Delta Survives', name: 'Ana Ruiz', series: 'Water Wars', dash: ' – ', hints: false },
  {
    headline: 'The Mekong Accord – We Asked Prof. Lena van der Berg What Comes Next for the River',
    name: 'Prof. Lena van der Berg',
    honorific: 'Prof.',
    bare: 'Lena van der Berg',
  },
  {
    byline: 'Mai Linh Tran is a professor at the National University of Singapore.',
    name: 'Mai Linh Tran',
    verb: 'is',
    role: 'a professor',
    affiliation: 'the National University of Singapore',
  },
  {
    byline: 'Dr. John Roe is Director of the Asia Program at the Harbour Institute and an adjunct fellow at the Pacific Desk. He is based in London.',
    name: 'Dr. John Roe',
    honorific: 'Dr.',
    bare: 'John Roe',
    role: 'Director of the Asia Program',
    affiliation: 'the Harbour Institute',
  },
  {
    byline: 'Prof. Lena Ortiz is a senior fellow with the U.S. Institute of Peace. She is based in Washington.',
    name: 'Prof. Lena Ortiz',
    honorific: 'Prof.',
    bare: 'Lena Ortiz',
    role: 'a senior fellow',
    affiliation: 'the U.S. Institute of Peace',
  },
  {
    byline: 'Amb. Karl Weiss was ambassador to Vietnam from 2009 to 2013.',
    name: 'Amb. Karl Weiss',
    honorific: 'Amb.',
    bare: 'Karl Weiss',
    verb: 'was',
    role: 'ambassador to Vietnam from 2009 to 2013',
    affiliation: null,
  },
  {
    byline: 'Dr Hana Sato is head of research at the Delta Trust, where she studies floods.',
    name: 'Dr Hana Sato',
    honorific: 'Dr',
    bare: 'Hana Sato',
    affiliation: 'the Delta Trust',
  },
  { byline: 'Sen Nguyen is a lecturer at Can Tho University.', name: 'Sen Nguyen', bare: 'Sen Nguyen', affiliation: 'Can Tho University' },
  {
    byline: 'Hon. Sarah Lim is president of the Riverine Council.',
    name: 'Hon. Sarah Lim',
    honorific: 'Hon.',
    bare: 'Sarah Lim',
    role: 'president',
    affiliation: 'the Riverine Council',
  },
  {
    byline: 'Ursula de la Cruz serves as chair of the Water Forum.',
    name: 'Ursula de la Cruz',
    verb: 'serves as',
    role: 'chair',
    affiliation: 'the Water Forum',
  },
];

describe('parser: names, roles and affiliations', () => {
  for (const c of NAME_CASES) {
    test(c.headline ?? c.byline ?? '', () => {
      const text = take(c.headline ? { headline: c.headline } : { byline: c.byline });
      const t = parseTake(text, c.hints === false ? {} : HINTS);
      assertInvariants(text, t);
      const name = c.headline ? t.headline?.contributors[0] : t.byline?.people[0]?.name;
      const person = t.byline?.people[0];
      assert.equal(name?.text, c.name, 'name');
      assert.equal(name?.honorific?.text, c.honorific, 'honorific');
      assert.equal(name?.bare.text, c.bare ?? c.name, 'bare name');
      if (c.series) assert.equal(t.headline?.series?.text, c.series, 'series');
      if (c.dash) assert.equal(t.headline?.dash?.text, c.dash, 'dash');
      if (c.verb) assert.equal(person?.verb?.text, c.verb, 'verb');
      if (c.role) assert.equal(person?.role?.text, c.role, 'role');
      if (c.affiliation !== undefined) assert.equal(person?.affiliation?.text, c.affiliation ?? undefined, 'affiliation');
    });
  }
});

describe('parser: pull-quote marks', () => {
  const cases: Array<[string, string | undefined, string | undefined, string]> = [
    ['“Data alone will not refill the lake.”', '“', '”', 'Data alone will not refill the lake.'],
    ['"Data alone will not refill the lake."', '"', '"', 'Data alone will not refill the lake.'],
    ['“Data alone will not refill the lake”.', '“', '”', 'Data alone will not refill the lake'],
    ['“Data alone will not refill the lake.', '“', undefined, 'Data alone will not refill the lake.'],
    ['Data alone will not refill the lake.”', undefined, '”', 'Data alone will not refill the lake.'],
    ['Data alone will not refill the lake.', undefined, undefined, 'Data alone will not refill the lake.'],
    ['‘Data alone will not refill the lake.’', '‘', '’', 'Data alone will not refill the lake.'],
  ];
  for (const [line, open, close, inner] of cases) {
    test(line, () => {
      const t = parseTake(take({ pullQuote: line }), HINTS);
      assert.equal(t.pullQuote?.open?.text, open);
      assert.equal(t.pullQuote?.close?.text, close);
      assert.equal(t.pullQuote?.inner.text, inner);
    });
  }
});

/** A small deterministic random generator, so the junk is the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const JUNK_PIECES = [
  '\n',
  '\r\n',
  '\r',
  '\uFEFF',
  ' ',
  '  ',
  '\t',
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '–',
  '—',
  '-',
  '--',
  ':',
  '.',
  '?',
  'Editor’s Note:',
  'Editors note',
  'Image:',
  'Photo',
  'We Asked',
  'Dr.',
  'Prof.',
  ' is ',
  ' at ',
  'The Mekong Accord',
  'Ana Ruiz',
  'a',
  'Z',
  '\u0301',
  '\uD83D\uDE00',
  '\uD83D',
  '…',
  '{series}',
  '(',
  ')',
  '0',
];

describe('parser: junk never throws', () => {
  test('two thousand random texts', () => {
    const next = random(20240301);
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = Math.floor(next() * 60);
      for (let k = 0; k < length; k++) text += JUNK_PIECES[Math.floor(next() * JUNK_PIECES.length)];
      for (const hints of [HINTS, {}, { series: '(', headline: '{contributor}{contributor}' }, { series: '', headline: '' }]) {
        const t = parseTake(text, hints);
        assertInvariants(text, t);
      }
    }
  });
  test('random texts lint without a rule failing', () => {
    const next = random(77);
    const symposium = symposiumFor({ series: TEST_SERIES, headline: TEST_TEMPLATE });
    for (let n = 0; n < 300; n++) {
      let text = '';
      const length = Math.floor(next() * 80);
      for (let k = 0; k < length; k++) text += JUNK_PIECES[Math.floor(next() * JUNK_PIECES.length)];
      const failures = lintText(text, { symposium }).findings.filter((f) => f.message.includes('failed on this take'));
      assert.deepEqual(failures, [], JSON.stringify(text));
    }
  });
  test('a huge single line and many lines', () => {
    assertInvariants('x'.repeat(200000), parseTake('x'.repeat(200000), HINTS));
    const many = 'Image: AP\n“q”\nword\n'.repeat(5000);
    assertInvariants(many, parseTake(many, HINTS));
  });
});

const MY_RULES = [
  'required-parts',
  'part-order',
  'duplicate-part',
  'headline-template',
  'headline-dash',
  'headline-case',
  'headline-punctuation',
  'pull-quote-marks',
  'pull-quote-in-body',
  'pull-quote-length',
];

describe('the Hanoi seed', { skip: NO_SEED }, () => {
  const text = NO_SEED ? '' : readSeed();
  const note = /^Editor’s Note: (.*)$/m.exec(text)![1];
  const config = {
    series: 'The Hanoi Summit',
    headline: '{series} – We Asked {contributor} What Happens Next in U.S.-North Korea Relations',
    editorsNote: note,
  };
  test('parses into its six parts', () => {
    const t = parseTake(text, config);
    assert.deepEqual(kindsOf(t), [H, Q, N, ...body(5), Y, I]);
    assert.deepEqual(
      t.headline?.contributors.map((n) => n.text),
      ['Zhu Feng'],
    );
    assert.equal(t.headline?.series?.text, 'The Hanoi Summit');
    assert.equal(t.headline?.dash?.text, ' – ');
    assert.deepEqual(
      t.byline?.people.map((p) => [p.name.text, p.role?.text, p.affiliation?.text]),
      [['Zhu Feng', 'a professor', 'the Nanjing University in China']],
    );
    assert.deepEqual([t.pullQuote?.open?.text, t.pullQuote?.close?.text], ['"', '"']);
    assertInvariants(text, t);
  });
  for (const headlineCase of ['chicago', 'ap'] as const) {
    test(`no finding from the structure, headline and pull-quote rules (${headlineCase})`, () => {
      const findings = lintText(text, { symposium: symposiumFor({ ...config, headlineCase }), only: MY_RULES }).findings;
      assert.deepEqual(
        findings.map((f) => `${f.ruleId}: ${f.message}`),
        [],
      );
    });
  }
});
