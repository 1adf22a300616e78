import type { ReportRecord, SearchManifest } from '../lib/search/index-format.ts';
import type { SearchResult } from '../lib/search/query.ts';
import { sitePaths, type SitePaths } from '../lib/site-paths.ts';

type Loaded = Awaited<ReturnType<typeof import('./search-engine.ts').createEngine>> &
  Pick<typeof import('./search-engine.ts'), 'SEARCH_CONFIG' | 'snippetOf'>;

/** Element with text, built with DOM calls only: report text never becomes markup. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * `<news-search>`: the search box of the front page (every story, each result
 * labelled with its story) and of a story's page (that story's reports only).
 * It enhances a plain form, fetches the index lazily, keeps the query in `?q=`
 * and renders passages grouped under their report.
 */
class NewsSearch extends HTMLElement {
  private loaded?: Promise<Loaded>;
  private paths!: SitePaths;
  /** The report numbers a story page searches; undefined on the front page. */
  private scope?: ReadonlySet<number>;
  private sequence = 0;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private results!: HTMLOListElement;

  connectedCallback(): void {
    this.paths = sitePaths(this.dataset.root ?? '/');
    if (this.dataset.scope) this.scope = new Set(JSON.parse(this.dataset.scope) as number[]);
    this.input = this.querySelector('input[type="search"]') as HTMLInputElement;
    this.status = this.querySelector('[role="status"]') as HTMLElement;
    this.results = this.querySelector('ol') as HTMLOListElement;
    this.input.disabled = false;
    (this.querySelector('.search-hint') as HTMLElement).textContent =
      'Names, places or words; typos are forgiven. Press / to search, Esc to clear.';
    this.input.addEventListener('focus', () => void this.load(), { once: true });
    this.input.addEventListener('input', () => void this.update());
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.links()[0]?.focus();
    });
    this.addEventListener('keydown', (event) => this.onKey(event));
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      if (event.key !== '/' || target.closest('input, textarea, [contenteditable]')) return;
      event.preventDefault();
      this.input.focus();
    });
    const query = new URLSearchParams(location.search).get('q');
    if (query) {
      this.input.value = query;
      void this.update();
    }
  }

  private load(): Promise<Loaded> {
    this.loaded ??= import('./search-engine.ts').then((module) => ({
      ...module.createEngine(this.paths.search, JSON.parse(this.dataset.manifest ?? '{}') as SearchManifest),
      SEARCH_CONFIG: module.SEARCH_CONFIG,
      snippetOf: module.snippetOf,
    }));
    this.loaded.catch(() => (this.loaded = undefined));
    return this.loaded;
  }

  private links(): HTMLAnchorElement[] {
    return [...this.results.querySelectorAll('a')];
  }

  private onKey(event: KeyboardEvent): void {
    const links = this.links();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      this.input.value = '';
      void this.update();
      this.input.focus();
    } else if (event.key === 'ArrowDown' && links.length > 0) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) this.input.focus();
      else links[at - 1].focus();
    }
  }

  private syncUrl(query: string): void {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  }

  private async update(): Promise<void> {
    const query = this.input.value;
    const sequence = ++this.sequence;
    this.syncUrl(query.trim());
    if (!query.trim()) {
      this.results.replaceChildren();
      this.results.hidden = true;
      this.status.textContent = '';
      return;
    }
    try {
      const loaded = await this.load();
      const result = await loaded.engine.search(query, loaded.SEARCH_CONFIG.reportsShown, this.scope);
      const shown = result.reports.slice(0, loaded.SEARCH_CONFIG.reportsShown);
      const records = await Promise.all(shown.map((hit) => loaded.report(hit.report)));
      if (sequence !== this.sequence) return;
      this.render(result, records, loaded, query.trim());
    } catch {
      if (sequence !== this.sequence) return;
      this.results.replaceChildren();
      this.results.hidden = true;
      this.status.textContent = 'Search could not reach its index. It will try again as you type.';
    }
  }

  private render(result: SearchResult, records: ReportRecord[], loaded: Loaded, query: string): void {
    const items = records.map((record, index) => {
      const item = element('li', undefined, 'result');
      const meta = element('p', undefined, 'result-meta');
      const time = element('time', record.dateLabel);
      time.dateTime = record.date;
      meta.append(element('span', record.outlet, 'result-outlet'), ' · ', time);
      const title = element('a', record.title);
      title.href = this.paths.report(record.slug);
      const heading = element('h3');
      heading.append(title);
      const passages = element('ul', undefined, 'result-passages');
      for (const hit of result.reports[index].passages.slice(0, loaded.SEARCH_CONFIG.passagesShown)) {
        const [id, text] = record.passages[hit.ordinal];
        const link = element('a', undefined, 'result-passage');
        link.href = this.paths.report(record.slug, id);
        for (const part of loaded.snippetOf(text, result.marked))
          link.append(part.mark ? element('mark', part.text) : part.text);
        const passage = element('li');
        passage.append(link);
        passages.append(passage);
      }
      item.append(meta, heading, passages);
      if (this.scope === undefined) {
        const story = element('p', 'In the story ', 'result-story');
        const link = element('a', record.story.title);
        link.href = this.paths.story(record.story.id);
        story.append(link);
        item.append(story);
      }
      return item;
    });
    this.results.replaceChildren(...items);
    this.results.hidden = items.length === 0;
    const total = result.reports.length;
    const where = this.scope === undefined ? '' : ' in this story';
    this.status.textContent =
      result.words.length === 0
        ? 'Type a name, a place or a word to search.'
        : total === 0
          ? `No report${where} matches.`
          : `${total} ${total === 1 ? 'report' : 'reports'}${where} ${total === 1 ? 'matches' : 'match'}` +
            (total > records.length ? `, showing the first ${records.length}.` : '.');
    if (this.scope !== undefined && result.words.length > 0) {
      const everywhere = element('a', 'Search every story');
      everywhere.href = `${this.paths.home}?q=${encodeURIComponent(query)}`;
      this.status.append(' ', everywhere);
    }
  }
}

customElements.define('news-search', NewsSearch);
