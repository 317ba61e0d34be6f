// The rule catalogue: every rule, in documentation order. Ids are part of the public interface.
import type { Rule } from '../rule';
import { rule as requiredParts } from './required-parts';
import { rule as partOrder } from './part-order';
import { rule as duplicatePart } from './duplicate-part';
import { rule as headlineTemplate } from './headline-template';
import { rule as headlineDash } from './headline-dash';
import { rule as headlineCase } from './headline-case';
import { rule as headlinePunctuation } from './headline-punctuation';
import { rule as pullQuoteMarks } from './pull-quote-marks';
import { rule as pullQuoteInBody } from './pull-quote-in-body';
import { rule as pullQuoteLength } from './pull-quote-length';
import { rule as editorsNoteLabel } from './editors-note-label';
import { rule as editorsNoteText } from './editors-note-text';
import { rule as bylineForm } from './byline-form';
import { rule as bylineAffiliation } from './byline-affiliation';
import { rule as bylineName } from './byline-name';
import { rule as bylinePerson } from './byline-person';
import { rule as imageCredit } from './image-credit';
import { rule as wordCount } from './word-count';
import { rule as paragraphLength } from './paragraph-length';
import { rule as quoteStyle } from './quote-style';
import { rule as possessiveIts } from './possessive-its';
import { rule as verbAgreement } from './verb-agreement';
import { rule as abbreviationPeriods } from './abbreviation-periods';
import { rule as indefiniteArticle } from './indefinite-article';
import { rule as doubledSpace } from './doubled-space';
import { rule as doubledWord } from './doubled-word';
import { rule as dashStyle } from './dash-style';
import { rule as spelling } from './spelling';
import { rule as dialectSpelling } from './dialect-spelling';
import { rule as houseTerms } from './house-terms';
import { rule as uniqueContributor } from './unique-contributor';
import { rule as uniquePullQuote } from './unique-pull-quote';
import { rule as consistentNames } from './consistent-names';
import { rule as unusedDisable } from './unused-disable';

export const RULES: readonly Rule[] = [
  requiredParts,
  partOrder,
  duplicatePart,
  headlineTemplate,
  headlineDash,
  headlineCase,
  headlinePunctuation,
  pullQuoteMarks,
  pullQuoteInBody,
  pullQuoteLength,
  editorsNoteLabel,
  editorsNoteText,
  bylineForm,
  bylineAffiliation,
  bylineName,
  bylinePerson,
  imageCredit,
  wordCount,
  paragraphLength,
  quoteStyle,
  possessiveIts,
  verbAgreement,
  abbreviationPeriods,
  indefiniteArticle,
  doubledSpace,
  doubledWord,
  dashStyle,
  spelling,
  dialectSpelling,
  houseTerms,
  uniqueContributor,
  uniquePullQuote,
  consistentNames,
  unusedDisable,
];

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

/** Looks a rule up by id. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
