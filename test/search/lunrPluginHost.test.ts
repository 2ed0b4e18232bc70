// The app's stand-in host for lunr-languages' Danish plugin must stem and filter stop words
// exactly as the plugin does on real lunr (which the build and the bench peers still use).
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import danishPlugin from 'lunr-languages/lunr.da.js';
import { describe, expect, it } from 'vitest';
import { isStopWord, stem, tokenize } from '../../shared/search/danish';
import { realCorpus } from './realCorpus';

type Danish = { stemmer(t: lunr.Token): lunr.Token; stopWordFilter(t: lunr.Token): unknown };
const real = lunr as typeof lunr & { da?: Danish };
if (!real.da) {
  stemmerSupport(lunr);
  danishPlugin(lunr);
}
const danish = real.da as Danish;

const words = new Set<string>(['', 'og', 'constructor', 'tostring', 'museet', 'bøgerne']);
for (const entry of realCorpus().corpus.entries) {
  for (const token of tokenize(`${entry.title} ${entry.text}`)) words.add(token.term);
}

describe('the lunr plugin host', () => {
  it(`stems all ${words.size} words of the corpus as lunr-languages on lunr does`, () => {
    const differ = [...words]
      .filter((w) => /^[\p{L}\p{M}]+$/u.test(w))
      .filter((w) => stem(w) !== danish.stemmer(new lunr.Token(w, {})).toString());
    expect(differ).toEqual([]);
  });

  it('finds the same stop words', () => {
    const differ = [...words].filter(
      (w) => isStopWord(w) !== (w === '' || !danish.stopWordFilter(new lunr.Token(w, {}))),
    );
    expect(differ).toEqual([]);
  });
});
