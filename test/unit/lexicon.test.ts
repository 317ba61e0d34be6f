// The word lists live in one file: the grammar is generated from it and the parser reads it, so neither can drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { WORDS } from '../../server/src/core/lexicon';
import { isHonorific } from '../../server/src/core/parser/people';

const grammar = readFileSync('syntaxes/commentary.tmLanguage.json', 'utf8');
const generator = readFileSync('syntaxes/build-grammar.mjs', 'utf8');

/** The word as the grammar's JSON writes it inside a pattern (regex-escaped, blanks generalised, JSON-escaped). */
function inGrammar(word: string): string {
  return JSON.stringify(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+')).slice(1, -1);
}

test('the grammar generator reads the lexicon and keeps no word list of its own', () => {
  assert.match(generator, /lexicon\/words\.json/);
  for (const word of ['Professor|Ambassador', 'Dr|Prof', 'Gen|Sen', 'de|da|das', 'serves', 'This|That|These']) {
    assert.ok(!generator.includes(word), `build-grammar.mjs spells out "${word}": read it from words.json`);
  }
});

test('every honorific, particle, suffix and byline verb of the lexicon is in the generated grammar', () => {
  const lists = [
    WORDS.honorifics.words,
    WORDS.honorifics.abbreviations,
    WORDS.honorifics.dottedAbbreviations,
    WORDS.particles,
    WORDS.suffixes,
    WORDS.bylineVerbs,
  ];
  for (const list of lists)
    for (const word of list) assert.ok(grammar.includes(inGrammar(word)), `the grammar lacks "${word}": run node syntaxes/build-grammar.mjs`);
});

test('the parser takes every honorific of the lexicon for one', () => {
  for (const word of WORDS.honorifics.words) assert.ok(isHonorific(word), word);
  for (const word of WORDS.honorifics.abbreviations) assert.ok(isHonorific(word) && isHonorific(`${word}.`), word);
  for (const word of WORDS.honorifics.dottedAbbreviations) assert.ok(isHonorific(`${word}.`) && !isHonorific(word), word);
});
