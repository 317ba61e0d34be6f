// The dictionaries the spelling rules consult, as the engine receives them: an interface, so the core loads no files.

/** The house spellings a symposium can choose (`spelling` in symposium.json, besides `off`). */
export type Dialect = 'american' | 'british';

/** A spelling dictionary: the Node side wraps nspell with en-US or en-GB Hunspell data; tests may pass their own. */
export interface Speller {
  /** True when the dictionary holds the word as written (a capitalised word also matches its lowercase entry). */
  correct(word: string): boolean;
  /** Corrections, best first; slow, so called only when someone asks (a code action, a report). */
  suggest(word: string): string[];
}

/** The dictionaries a host can offer, by dialect; the engine reads only the house one. */
export type Spellers = Partial<Record<Dialect, Speller>>;
