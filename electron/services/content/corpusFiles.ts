// The file names of the compiled content inside the corpus folder (dist/content).
export const CORPUS_FILE = 'corpus.json';
export const SEARCH_INDEX_FILE = 'search-index.json';
