/** A curated person, as the story needs them. */
export interface Person {
  id: string;
  name: string;
  aliases: readonly string[];
  role: string;
}

/** Where a person is named in a text. */
export interface NameMatch {
  personId: string;
  start: number;
  end: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A function that finds every curated person named in a text, by any of
 * their spellings; longer forms win ("Vladimir Putin" over "Putin").
 */
export function nameFinder(people: readonly Person[]): (text: string) => NameMatch[] {
  const owner = new Map<string, string>();
  for (const person of people) for (const form of [person.name, ...person.aliases]) owner.set(form, person.id);
  const forms = [...owner.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (forms.length === 0) return () => [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) =>
    [...text.matchAll(pattern)].map((match) => ({
      personId: owner.get(match[0]) ?? '',
      start: match.index,
      end: match.index + match[0].length,
    }));
}

/**
 * Throws, naming the file and the field, when one spelling names two people:
 * mentions would be given to whichever came first.
 */
export function checkSpellings(file: string, people: readonly Person[]): void {
  const owner = new Map<string, string>();
  people.forEach((person, index) => {
    for (const form of [person.name, ...person.aliases]) {
      const other = owner.get(form);
      if (other !== undefined && other !== person.id) {
        throw new Error(`${file}: [${index}].aliases: "${form}" already names ${other}`);
      }
      owner.set(form, person.id);
    }
  });
}

/** The distinct people named in a text, in order of first mention. */
export function peopleIn(text: string, find: (text: string) => NameMatch[]): string[] {
  return [...new Set(find(text).map((match) => match.personId))];
}

/** A person's spellings other than their name and its words: "Zelensky, Zelenskiy" for Volodymyr Zelenskyy. */
export function otherSpellings(person: Person): string[] {
  const words = person.name.split(/\s+/);
  return person.aliases.filter((alias) => alias !== person.name && !words.includes(alias));
}
