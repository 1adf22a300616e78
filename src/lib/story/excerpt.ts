/**
 * A cited clause as a reader sees it: one taken from inside a sentence is an excerpt ("…which launched the war"),
 * and one that starts with its verb keeps its subject from the sentence's start ("The Pikne … was pulled free").
 */
export function excerptOf(clause: string, subject?: string): string {
  if (subject) return `“${subject} … ${clause}”`;
  return `“${/^\p{Ll}/u.test(clause) ? '…' : ''}${clause}”`;
}
