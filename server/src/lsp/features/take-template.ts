// The text of a new take with every part in place, from the symposium that governs a folder.
import { childPath, joinNames, withoutAccents } from '../../core';
import type { TakeTemplateParams, TakeTemplateResult } from '../../shared/protocol';
import type { ServerContext } from '../context';
import { uriToPath } from '../convert';

/** Answers commentary/takeTemplate: headline from the template (co-authors `A and B` listed), the configured note and credit, a byline sentence per person. */
export function takeTemplate(ctx: ServerContext, params: TakeTemplateParams): TakeTemplateResult {
  const folder = uriToPath(params.folder) ?? '.';
  const people = params.contributor
    .replace(/\s+/g, ' ')
    .split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/)
    .filter((n) => n.trim());
  if (people.length === 0) people.push('Contributor Name');
  const name = joinNames(people);
  const style = ctx.store.lookup(childPath(folder, 'new.take')).symposium.style;
  const series = style.series ?? 'Series Name';
  const headline = (style.headline ?? '{series} – We Asked {contributor} What Happens Next').replaceAll('{series}', series).replaceAll('{contributor}', name);
  const apostrophe = style.quotes === 'straight' ? "'" : '’';
  const [open, close] = style.quotes === 'straight' ? ['"', '"'] : ['“', '”'];
  const lines = [
    headline,
    `${open}One or two sentences lifted from the body, as they will appear on the landing page.${close}`,
    `Editor${apostrophe}s Note: ${style.editorsNote ?? 'The symposium’s editor’s note.'}`,
    `First paragraph: answer the question in ${style.words.min}–${style.words.max} words in all, one paragraph per line.`,
    'Second paragraph.',
    'Third paragraph.',
    people.map((n) => `${n} is a role at an institution.`).join(' '),
    `Image: ${style.imageCredit ?? 'Agency or photographer'}`,
  ];
  return { fileName: `${slug(name)}.take`, text: lines.join('\n') + '\n' };
}

/** A file-name-safe form of a name. */
function slug(name: string): string {
  return (
    withoutAccents(name)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'take'
  );
}
