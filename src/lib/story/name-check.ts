import nlp from 'compromise';
import type { NameMatch } from './people.ts';

/** Words that are titles, not names: "President" alone names nobody. */
const TITLES =
  /^(?:President|Prime|Minister|Foreign|Defen[cs]e|Secretary|Chancellor|Pope|King|Queen|General|Mr|Mrs|Ms|Dr)$/;

/**
 * Person-like names that compromise finds in a text and the curated people
 * do not cover: a cross-check for editors, never a source of people.
 */
export function unlistedNames(text: string, find: (text: string) => NameMatch[]): string[] {
  const names = nlp(text).people().out('array') as string[];
  return [...new Set(names.map((name) => name.replace(/[’']s$|[.,;:]$/g, '').trim()))].filter(
    (name) => /^\p{Lu}/u.test(name) && !name.split(/\s+/).every((word) => TITLES.test(word)) && find(name).length === 0,
  );
}
