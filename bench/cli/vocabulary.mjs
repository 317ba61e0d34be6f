// The invented symposium and the word lists its takes are built from (all text original to this benchmark).

/** A comma-separated list, written compactly, as an array. */
const list = (text) => text.trim().split(/\s*,\s*/);

export const SYMPOSIUM = {
  series: 'The Lisbon Round',
  question: 'What comes next for global shipping after the Lisbon round of port talks?',
  headline: '{series} – We Asked {contributor} What Comes Next for Global Shipping',
  editorsNote: 'Looking for more views on where the port talks go from here? Read every expert take on the future of global shipping here.',
  imageCredit: 'Reuters',
  words: { min: 300, max: 900 },
  spelling: 'american',
};

export const FIRST_NAMES = list(`
  Ana, Tomas, Mei, Kofi, Ingrid, Rahul, Leila, Marco, Yuki, Daniel, Amara, Pavel, Sofia, Hiroshi, Nadia, Emeka, Clara, Javier, Farah, Lukas,
  Priya, Oren, Helena, Tariq, Birgit, Chen, Alejandra, Mikael, Zainab, Stefan, Rosa, Kwame, Elif, Jonas, Ayesha, Matteo, Hana, Dmitri, Lucia,
  Samir, Greta, Wei, Isabel, Nikolai, Fatima, Henrik, Yasmin, Paulo, Astrid, Kenji, Mariam, Felix, Adaeze, Viktor, Camille, Arjun, Noor, Erik,
  Beatriz, Omar, Linnea, Thabo, Irene, Andrei, Sakura, Diego, Ruth, Mehmet, Johanna, Ravi, Esther, Bogdan, Chiara, Idris, Mirela, Hugo, Anjali,
  Sven, Teresa, Kwabena, Laila, Anton, Paula, Hamza, Freya, Minh, Olga, Rafael, Salma, Jakob, Valentina, Tunde, Agnes, Karim, Elena, Jae-won,
  Anne-Marie, Siobhan, Niamh, Joaquim, Ewa, Ibrahim, Margit, Raúl, Zoë, Björn, Leticia, Rohan, Maren, Yusuf, Ilse, Santiago, Aiko, Musa, Dagny,
  Luis, Katarzyna, Amir, Solveig, Bruno
`);

export const LAST_NAMES = list(`
  Ruiz, Okafor, Lindqvist, Tanaka, Mensah, Kowalski, Haddad, Bianchi, Nakamura, Fischer, Osei, Novak, Moreau, Sato, Rahman, Eriksen, Castillo,
  Ivanova, Adeyemi, Petrov, Santos, Yamamoto, Hoffmann, Mwangi, Costa, Larsen, Suzuki, Bakr, Varga, Delgado, Kimura, Nilsson, Amadi, Horvat,
  Ferreira, Weber, Chowdhury, Dubois, Ogunleye, Marchetti, Jansen, Aziz, Popescu, Morales, Hayashi, Berg, Nkemelu, Rossi, Kaur, Lehmann,
  Asante, Wójcik, Herrera, Ito, Lund, Farouk, Nagy, Ortega, Mori, Vogel, Boateng, Greco, Iyer, Schulz, Qureshi, Svensson, Mendes, Kaplan,
  Acheampong, Romano, Singh, Kraus, Yilmaz, Holm, Onyango, Pereira, Zhang, Wagner, Baptiste, Lin, Dahl, Okonkwo, Ricci, Menon, Brandt, Demir,
  Sandberg, Ndlovu, Correia, Huang, Keller, Afolabi, Conti, Pillai, Richter, Arslan, Strand, Kamau, Lopes, Zhou, Nyberg, Eze, Galli, Rao,
  Winter, Şahin, Aalto, Banda, Rocha, Xu, Moen, O’Hanlon, O’Rourke, MacLeod, McAllister, de Souza, van der Berg, Nguyen, Park, Abara,
  Villanueva, Haugen, Kariuki
`);

export const HONORIFICS = ['Dr.', 'Prof.', 'Amb.'];

export const ROLES = [
  'a senior fellow',
  'a research fellow',
  'a professor of international economics',
  'an associate professor of maritime law',
  'a visiting scholar',
  'director of the trade and transport program',
  'a lecturer in political economy',
  'chief economist',
  'a nonresident fellow',
  'head of the shipping research unit',
  'a former port commissioner and now an adviser',
  'an assistant professor of logistics',
];

export const INSTITUTIONS = [
  'the Halvorsen Institute for Maritime Policy',
  'Northgate University',
  'the Atlantic Freight Council',
  'the Meridian Center for Trade Studies',
  'the University of Port Elara',
  'the Bergvik School of Economics',
  'the Coastal Policy Forum',
  'Amberley College',
  'the Institute for Sea Lanes and Security',
  'the Tessaly Foundation',
  'the Graduate School of Global Commerce at Kestrel University',
  'the Harbor Economics Group',
];

export const CITIES = ['Lisbon', 'Singapore', 'Rotterdam', 'Mombasa', 'Busan', 'Valparaíso', 'Hamburg', 'Durban', 'Colombo', 'Houston', 'Piraeus'];

export const ACTORS = [
  'Washington',
  'Beijing',
  'Brussels',
  'the European Commission',
  'the shipping lobby',
  'the port authorities',
  'the smaller exporters',
  'the insurers',
  'the U.S. delegation',
  'the Gulf states',
  'Singapore',
  'New Delhi',
  'Canberra',
  'the dockworkers’ unions',
  'Tokyo',
  'the carriers',
  'the coastal states of West Africa',
  'the freight forwarders',
];

export const VERBS = [
  'will press for',
  'cannot afford to ignore',
  'has quietly welcomed',
  'is likely to resist',
  'should push for',
  'would gain most from',
  'has already priced in',
  'may yet walk away from',
  'will try to water down',
  'has every reason to back',
];

export const BASE_VERBS = ['secure', 'delay', 'rewrite', 'fund', 'enforce', 'sell at home', 'soften', 'ratify'];

export const OBJECTS = [
  'a common inspection regime',
  'lower transit fees',
  'the draft customs annex',
  'binding emissions targets for bulk carriers',
  'a shared registry of flagged vessels',
  'a phased cut in port dues',
  'the dispute-settlement clause',
  'new rules on container tracking',
  'a joint fund for dredging',
  'tighter limits on crew hours',
  'the proposed levy on bunker fuel',
  'mutual recognition of safety audits',
];

export const ASIDES = [
  'at least on paper',
  'for now',
  'and not for the first time',
  'whatever its public line',
  'as the minutes make plain',
  'if the past decade is any guide',
  'despite the warm words in Lisbon',
  'and sooner than most expect',
];

export const DASH_ASIDES = [
  'and this is the part the communiqué leaves out',
  'a point few delegates would concede in public',
  'quietly, and mostly through its lawyers',
  'not for lack of trying',
  'with the bills arriving later',
  'much as it did in the last round',
];

export const QUOTES = [
  'a floor, not a ceiling',
  'managed competition',
  'trust, then inspect',
  'business as usual with better lighting',
  'the cheapest insurance we will ever buy',
  'a truce between accountants',
];

export const PLACES = ['the Strait of Malacca', 'the Suez corridor', 'the Panama route', 'the North Sea lanes', 'the Bay of Bengal', 'the Cape route'];

export const ASSETS = ['transshipment business', 'fleet of feeder ships', 'customs revenue', 'shipyards', 'pilotage monopoly', 'bonded warehouses'];

export const REGIONS = ['Pacific', 'Atlantic', 'Gulf', 'Mexico', 'Asia', 'Caribbean'];

export const SEASONS = ['spring', 'summer', 'autumn', 'winter', 'year-end'];

export const ROLE_NOUNS = ['negotiator', 'port director', 'shipowner', 'customs official', 'union organizer', 'insurance broker'];
