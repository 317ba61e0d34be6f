// Builds realistic takes for tests: a clean default take, with any part replaced or left out.

export interface TakeParts {
  headline: string | null;
  pullQuote: string | null;
  editorsNote: string | null;
  body: string[] | null;
  byline: string | null;
  image: string | null;
}

export const TEST_SERIES = 'The Mekong Accord';
export const TEST_TEMPLATE = '{series} – We Asked {contributor} What Comes Next for the River';
export const TEST_NOTE = 'Looking for more views on the river after the accord? Read all 40 expert takes on what comes next here.';

/** The symposium.json that matches the default take. */
export const TEST_CONFIG = {
  series: TEST_SERIES,
  headline: TEST_TEMPLATE,
  editorsNote: TEST_NOTE,
  imageCredit: 'Reuters',
  words: { min: 300, max: 900 },
};

export const DEFAULT_BODY: string[] = [
  'The accord signed in Vientiane last month was greeted as a breakthrough, and in one narrow sense it was: for the first time, all six riparian states agreed to share real-time data on water releases from the dams upstream. Yet the text is silent on the question that matters most to the farmers of the delta, namely who pays when a dry season is made drier by decisions taken hundreds of kilometres away.',
  'Critics are right that data alone will not refill the Tonle Sap. But they underestimate what transparency changes. A ministry that must publish its release schedule a week in advance cannot easily deny that a sudden drop in the river was its doing. Over time, that record becomes evidence—and evidence is what regional courts and donors have lacked.',
  'The next test comes in March, when the reservoirs are lowest and the pressure to hold water back is highest. If the upstream operators keep to the schedule they have promised, the accord will have earned a measure of trust that no summit communiqué could buy. If they do not, the “shared river” rhetoric will ring hollow, and the U.S. and Japanese funds tied to the agreement will be quietly withdrawn.',
  'There is also a quieter shift worth noting. Fisheries ministries, long the junior partners in these talks, now sit on the technical committee that reviews each release. Their officials know which tributaries the migrating catfish depend on and when the floodplain forests must drown to feed them. Giving them a formal voice costs the hydropower companies little, yet it moves the argument from kilowatts to livelihoods, where the downstream states have always been strongest.',
  'What should outsiders do? Less than they think. The most useful contribution would be technical: independent gauges on the main stem, maintained by people whom every capital trusts, and published where anyone can read them. The politics will follow the numbers, as they usually do on this river, slowly and unevenly but in the end.',
];

const DEFAULTS: TakeParts = {
  headline: `${TEST_SERIES} – We Asked Mai Linh Tran What Comes Next for the River`,
  pullQuote: '“A ministry that must publish its release schedule a week in advance cannot easily deny that a sudden drop in the river was its doing.”',
  editorsNote: `Editor’s Note: ${TEST_NOTE}`,
  body: DEFAULT_BODY,
  byline: 'Mai Linh Tran is a senior research fellow at the Institute for Water Policy in Singapore.',
  image: 'Image: Reuters',
};

/** A take's text: the default take with the given parts replaced (null leaves a part out). */
export function take(parts: Partial<TakeParts> = {}, eol = '\n'): string {
  const p = { ...DEFAULTS, ...parts };
  const lines = [p.headline, p.pullQuote, p.editorsNote, ...(p.body ?? []), p.byline, p.image].filter((l): l is string => l !== null);
  return lines.join(eol) + eol;
}

/** A clean take by another contributor, whose pull-quote is another sentence of the default body. */
export function takeBy(name: string, pullQuote: string, parts: Partial<TakeParts> = {}): string {
  return take({
    headline: `${TEST_SERIES} – We Asked ${name} What Comes Next for the River`,
    pullQuote: `“${pullQuote}”`,
    byline: `${name} is a senior research fellow at the Institute for Water Policy in Singapore.`,
    ...parts,
  });
}

/** Sentences of the default body that make valid pull-quotes, one per test take. */
export const BODY_QUOTES = [
  'Critics are right that data alone will not refill the Tonle Sap.',
  'But they underestimate what transparency changes.',
  'The next test comes in March, when the reservoirs are lowest and the pressure to hold water back is highest.',
  'There is also a quieter shift worth noting.',
  'What should outsiders do?',
  'Less than they think.',
];

// Paragraphs of known length (76, 66, 67 and 46 words), for rules that count: independent of the default take.
export const P1 =
  'The harbour at Port Moresby has changed more in five years than in the fifty before them. Cranes financed by three different governments now stand within sight of one another, each painted in the colours of its donor, and the dockworkers joke that they can tell which embassy is in favour by which crane is working. The joke is less funny in the capital, where ministers must decide whose terms to accept for the next berth.';
export const P2 =
  'Australia still has the deepest ties, built on schools, churches and a shared army history. But depth is not the same as attention. For most of the last decade Canberra treated the islands as a settled question, and the loans it offered came with conditions that took years to negotiate. Beijing offered speed instead, and speed, for a government facing an election, is hard to refuse.';
export const P3 =
  'None of this means the region is choosing sides. Island leaders have said plainly that they want every partner at the table and none of them in charge. The test of that stance will come when the projects need repairs, when the warranties end and someone must pay for the spare parts, the engineers and the dredging that keeps a modern port open through the wet season.';
export const P4 =
  'The outside powers would do well to listen. A partner that funds maintenance, trains local technicians and publishes its contracts will earn more loyalty than one that cuts ribbons. That is a modest ambition, but in the Pacific modest ambitions kept are remembered for a generation.';
