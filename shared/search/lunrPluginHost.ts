// The part of lunr's surface that lunr-languages' stemmer-support and Danish plugins touch when
// they install: a pipeline registry, a stop-word filter factory and room for the plugin's own
// properties. Written here (instead of bundling lunr) because lunr is one file: importing it for
// the stemmer would also ship its index builder to the app, which only ever loads a built index.

export interface DanishPlugin {
  stemmer: (word: string) => string;
  stopWordFilter: (word: string) => string | undefined;
}

export interface LunrPluginHost {
  Pipeline: { registerFunction(fn: unknown, label: string): void };
  generateStopWordFilter(words: string[]): (token: string) => string | undefined;
  da?: DanishPlugin;
  [installed: string]: unknown;
}

export function lunrPluginHost(): LunrPluginHost {
  return {
    Pipeline: { registerFunction: () => undefined },
    // As lunr's own filter: the token back unless it is a stop word or empty.
    generateStopWordFilter(words) {
      const stopWords = new Set(words);
      return (token) => (token && !stopWords.has(token) ? token : undefined);
    },
  };
}
