import { foldTerm } from './terms.ts';

/** A person as the search needs them: every name form. */
export interface NamedPerson {
  name: string;
  aliases: readonly string[];
}

/**
 * Groups of spellings that name one person ("zelenskyy", "zelensky",
 * "zelenskiy"): the distinct first and last words of a person's name and
 * aliases. The first spelling in a group, from the canonical name, is the
 * one the index files the others under. A name with one spelling is a group
 * too: the query then knows every curated name without a download.
 */
export function spellingGroups(people: readonly NamedPerson[]): string[][] {
  return people.flatMap((person) => {
    const forms = [person.name, ...person.aliases].map((form) => form.trim().split(/\s+/).map(foldTerm));
    const lasts = new Set(forms.map((words) => words.at(-1) ?? ''));
    const firsts = new Set(forms.filter((words) => words.length > 1).map((words) => words[0]));
    return [[...lasts], [...firsts]].filter((group) => group.length > 0);
  });
}

/** Maps every spelling to the canonical one of its group. */
export function canonicalMap(groups: readonly string[][]): Map<string, string> {
  return new Map(groups.flatMap((group) => group.map((term) => [term, group[0]] as const)));
}
