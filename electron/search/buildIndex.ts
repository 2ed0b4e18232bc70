// Builds the serialized search index of the bundled corpus at build time (never at run time).
// First version: plain lunr with the Danish pipeline; the search issue refines fields and tokenizer.
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import danish from 'lunr-languages/lunr.da.js';
import type { ContentEntry } from '../../shared/content/types';

stemmerSupport(lunr);
danish(lunr);

export interface SerializedSearchIndex {
  formatVersion: 1;
  lunr: object;
}

export function buildSearchIndex(entries: ContentEntry[]): SerializedSearchIndex {
  const index = lunr(function () {
    // lunr-languages registers `lunr.da` as a plugin; its types are not published.
    this.use((lunr as unknown as { da: lunr.Builder.Plugin }).da);
    this.ref('id');
    this.field('title', { boost: 3 });
    this.field('text');
    for (const entry of entries) this.add({ id: entry.id, title: entry.title, text: entry.text });
  });
  return { formatVersion: 1, lunr: index.toJSON() };
}
