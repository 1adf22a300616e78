import type { Person } from './people.ts';

/** People with how many passages name them, most named first; people never named are left out. */
export function peopleByMentions<T>(people: readonly Person[], mentions: Map<string, readonly T[]>) {
  return people
    .map((person) => ({ person, count: mentions.get(person.id)?.length ?? 0 }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || a.person.name.localeCompare(b.person.name));
}
