import type { StoryReport } from './events.ts';

/** A curated claim: a question the reports answer differently. */
export interface ClaimInput {
  id: string;
  question: string;
  positions: { label: string; excerpts: { report: string; text: string }[] }[];
}

/** A claim with every excerpt located in its report's paragraph. */
export interface Claim {
  id: string;
  question: string;
  positions: {
    label: string;
    excerpts: { slug: string; outlet: string; passageId: string; text: string }[];
  }[];
}

/**
 * Finds every excerpt in the paragraph it quotes. Throws, naming the file
 * and the field, when an excerpt is not word for word in its report: the
 * panel can never drift from the text.
 */
export function locateClaims(file: string, claims: readonly ClaimInput[], reports: readonly StoryReport[]): Claim[] {
  return claims.map((claim, c) => ({
    id: claim.id,
    question: claim.question,
    positions: claim.positions.map((position, p) => ({
      label: position.label,
      excerpts: position.excerpts.map((excerpt, e) => {
        const field = `${file}: [${c}].positions[${p}].excerpts[${e}]`;
        const report = reports.find((candidate) => candidate.slug === excerpt.report);
        if (!report) throw new Error(`${field}.report: no report "${excerpt.report}"`);
        const passage = report.passages.find((candidate) => candidate.text.includes(excerpt.text));
        if (!passage) throw new Error(`${field}.text: "${excerpt.text}" is not in report ${excerpt.report}`);
        return { slug: report.slug, outlet: report.outlet, passageId: passage.id, text: excerpt.text };
      }),
    })),
  }));
}
