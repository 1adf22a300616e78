/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so that
 * "</script>" in a report cannot end the script element, and the line
 * separators that break some parsers are escaped too.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** What a NewsArticle needs of a report. */
export interface ArticleFacts {
  url: string;
  headline: string;
  description: string;
  image: string;
  published: string;
  outlet: string | null;
  originalUrl: string | null;
  basedOn: string | null;
  byline: readonly string[];
  section: string;
}

/** schema.org NewsArticle for a report copy: the outlet is its source, Newsfold the publisher of the copy. */
export function newsArticle(facts: ArticleFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': facts.url,
    url: facts.url,
    mainEntityOfPage: facts.url,
    headline: facts.headline.length > 110 ? `${facts.headline.slice(0, 109)}…` : facts.headline,
    description: facts.description,
    image: [facts.image],
    datePublished: `${facts.published}T00:00:00Z`,
    articleSection: facts.section,
    ...(facts.byline.length > 0 ? { author: facts.byline.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(facts.outlet ? { sourceOrganization: { '@type': 'NewsMediaOrganization', name: facts.outlet } } : {}),
    ...(facts.originalUrl || facts.basedOn ? { isBasedOn: [facts.originalUrl, facts.basedOn].filter(Boolean) } : {}),
    publisher: { '@type': 'Organization', name: 'Newsfold' },
  };
}

/** schema.org BreadcrumbList from [name, absolute URL] pairs. */
export function breadcrumbs(items: readonly [string, string][]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map(([name, item], index) => ({ '@type': 'ListItem', position: index + 1, name, item })),
  };
}
