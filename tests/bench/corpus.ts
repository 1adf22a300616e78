// Realistic synthetic news reports for benchmarks: Zipf-distributed vocabulary
// (real news has tens of thousands of distinct words), thousands of names, and
// the people the relevance tests look for, planted in a known share of reports.

/** Deterministic PRNG (mulberry32), so every run measures the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka ri to ne sa mi lo va de po lu be ar en ost ing ter ver con pro ment tion al ic ul or an is'.split(
  ' ',
);
const COMMON = (
  'the of and to in a said on that for with as was is by at from it has have were be after its an which would ' +
  'officials minister government talks president war forces military sources agreement prisoners exchange ' +
  'ceasefire peace border week month country security statement told meeting reported city region troops'
).split(' ');
const FIRST = 'Anna Ivan Olena Pavel Maria Oleg Sofia Dmytro Elena Mark Sarah Jan Lucia Tomas Irina Ahmed'.split(' ');
const PLANTED = ['Lavrov', 'Umerov', 'Zelenskyy', 'Zelensky', 'Peskov', 'Medinsky', 'Istanbul', 'Vatican'];
const OUTLETS = ['Reuters', 'AP', 'RFE/RL', 'BBC', 'WION', 'Kyiv Independent', 'Meduza', 'DW', 'Le Monde', 'NHK'];

function word(rand: () => number, syllables: number): string {
  return Array.from({ length: syllables }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('');
}

/** A Zipf sampler over `size` ranks (exponent 1). */
function zipf(rand: () => number, size: number): () => number {
  const harmonic = Math.log(size) + 0.5772;
  return () => Math.min(size - 1, Math.floor(Math.exp(rand() * harmonic)) - 1);
}

export interface SyntheticReport {
  slug: string;
  title: string;
  outlet: string;
  date: string;
  paragraphs: string[];
}

/** `count` reports of 10–20 paragraphs, ~600 words each. */
export function generateCorpus(count: number, seed = 42): SyntheticReport[] {
  const rand = random(seed);
  const lexicon = Array.from({ length: 60_000 }, (_, i) => (i < COMMON.length ? COMMON[i] : word(rand, 2 + (i % 3))));
  const surnames = Array.from({ length: 4_000 }, () => {
    const name = word(rand, 2 + Math.floor(rand() * 2));
    return name.charAt(0).toUpperCase() + name.slice(1) + (rand() < 0.5 ? 'ov' : 'enko');
  });
  const pick = zipf(rand, lexicon.length);
  const pickName = zipf(rand, surnames.length);
  const sentence = (planted: string | null) => {
    const words = Array.from({ length: 12 + Math.floor(rand() * 14) }, () => lexicon[pick()]);
    words.splice(2 + Math.floor(rand() * 6), 0, `${FIRST[Math.floor(rand() * FIRST.length)]} ${surnames[pickName()]}`);
    if (planted) words.splice(Math.floor(rand() * words.length), 0, planted);
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  return Array.from({ length: count }, (_, index) => {
    const planted = rand() < 0.03 ? PLANTED[Math.floor(rand() * PLANTED.length)] : null;
    const paragraphs = Array.from({ length: 10 + Math.floor(rand() * 11) }, (_, p) =>
      [sentence(p === 3 ? planted : null), sentence(null)].join(' '),
    );
    const day = 1 + (index % 28);
    return {
      slug: `report-${index}`,
      title: sentence(null).slice(0, 80),
      outlet: OUTLETS[index % OUTLETS.length],
      date: `2025-05-${String(day).padStart(2, '0')}`,
      paragraphs,
    };
  });
}
