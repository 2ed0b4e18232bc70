// The relevance set: queries a consultant types, each with the entries that belong in the top 3.
// The expected ids were chosen by reading content/, not by copying search output.

import type { HitKind } from '../../shared/search/types';

type RelevanceCategory =
  | 'word form'
  | 'prefix'
  | 'typo'
  | 'multi-word'
  | 'phrase'
  | 'compound'
  | 'compound end'
  | 'english'
  | 'factor tag'
  | 'note'
  | 'hostile';

export interface RelevanceCase {
  q: string;
  category: RelevanceCategory;
  /** Every id here must be among the first three hits (`note:<title>` for a note below). */
  top3: string[];
  /** Only hits of these kinds count (as the filter in the UI). */
  kinds?: HitKind[];
}

/** The user's own notes the note cases search, seeded into a fresh notes store. */
export const RELEVANCE_NOTES: { title: string; body: string }[] = [
  { title: 'Tillid i vores projekt', body: 'Tilliden kom, da vi havde talt om forventninger.' },
  { title: 'Efterårets kurser', body: 'Tre kurser med aftenskolen, planlagt sammen med borgerne.' },
  { title: 'Besøg', body: 'Vi besøgte et dagtilbud og talte om frivillige værter.' },
  { title: 'Budget', body: 'Økonomien for næste år, og hvem der betaler for transport.' },
];

const TAGGED_TILLID = [
  'citat-ligevaerdige-praemisser',
  'citat-nysgerrighed-og-aabenhed',
  'citat-samme-tilgang-og-temperament',
];

const TILLID_FACTORS = ['paavirker-gensidig-tillid', 'vaesentlig-gensidig-tillid'];
const FORVENTNING = ['paavirker-forventningsafstemning', 'vaesentlig-forventningsafstemning'];

export const RELEVANCE_CASES: RelevanceCase[] = [
  // Danish word forms: stems, irregular forms, definite and plural forms.
  {
    q: 'tillid',
    category: 'word form',
    top3: [...TILLID_FACTORS, 'relation-gensidig-tillid-respekt-forstaaelse'],
  },
  { q: 'kontrakt', category: 'word form', top3: ['citat-aftenskole-kontrakt'] },
  { q: 'kontrakten', category: 'word form', top3: ['citat-aftenskole-kontrakt'] },
  {
    q: 'forankring',
    category: 'word form',
    top3: [
      'laering-forankring',
      'paavirker-forankring-i-forvaltningen',
      'paavirker-lokal-forankring',
    ],
  },
  { q: 'forankret', category: 'word form', top3: ['laering-forankring'] },
  {
    q: 'aftenskolerne',
    category: 'word form',
    top3: ['citat-aftenskole-nye-kontakter', 'citat-aftenskole-kontrakt'],
  },
  { q: 'aftenskole', category: 'word form', top3: ['citat-aftenskole-nye-kontakter'] },
  { q: 'frivillige', category: 'word form', top3: ['paavirker-gruppeaktiviteter'] },
  {
    q: 'museet',
    category: 'word form',
    top3: ['kulturformidling-kbh', 'laering-samspil-aabner-nye-muligheder'],
  },
  { q: 'partnerskaberne', category: 'word form', top3: ['laering-afgoerende-elementer'] },
  { q: 'styregruppen', category: 'word form', top3: ['citat-brugerrepraesentanter'] },
  { q: 'økonomi', category: 'word form', top3: ['struktur-formelle-rammer-oekonomi'] },
  { q: 'legitimitet', category: 'word form', top3: ['struktur-legitimitet'] },
  { q: 'forventningsafstemning', category: 'word form', top3: FORVENTNING },
  { q: 'rådighedsrum', category: 'word form', top3: ['citat-raadighedsrum'] },
  { q: 'byrådet', category: 'word form', top3: ['citat-politisk-velvillighed'] },
  { q: 'bostederne', category: 'word form', top3: ['citat-undervisning-paa-bostederne'] },
  { q: 'temperament', category: 'word form', top3: ['citat-samme-tilgang-og-temperament'] },
  { q: 'brugerrepræsentanter', category: 'word form', top3: ['citat-brugerrepraesentanter'] },
  {
    q: 'frivilligcentret',
    category: 'word form',
    top3: ['citat-nyt-projekt-med-frivilligcentret'],
  },
  // Prefixes while typing, including the stem traps (fagli*, frivillig*, organisationer*).
  { q: 'tilli', category: 'prefix', top3: TILLID_FACTORS },
  { q: 'fagli', category: 'prefix', top3: ['laering-introduktion-frivillig-faglighed'] },
  {
    q: 'frivillig',
    category: 'prefix',
    top3: ['laering-introduktion-frivillig-faglighed', 'kulturformidling-kbh'],
  },
  { q: 'organisationer', category: 'prefix', top3: ['organisation-bemyndigelse-og-opbakning'] },
  { q: 'forvent', category: 'prefix', top3: FORVENTNING },
  { q: 'legit', category: 'prefix', top3: ['struktur-legitimitet'] },
  { q: 'kompro', category: 'prefix', top3: ['relation-forhandle-og-kompromis'] },
  { q: 'nysger', category: 'prefix', top3: ['citat-nysgerrighed-og-aabenhed'] },
  { q: 'beslutningsm', category: 'prefix', top3: ['paavirker-beslutningsmandat'] },
  { q: 'tværsek', category: 'prefix', top3: ['struktur-tvaersektoriel-ledelse'] },
  { q: 'gruppeakt', category: 'prefix', top3: ['paavirker-gruppeaktiviteter'] },
  { q: 'temp', category: 'prefix', top3: ['citat-samme-tilgang-og-temperament'] },
  // Typos.
  { q: 'tilid', category: 'typo', top3: TILLID_FACTORS },
  { q: 'forankirng', category: 'typo', top3: ['laering-forankring'] },
  { q: 'kontrackt', category: 'typo', top3: ['citat-aftenskole-kontrakt'] },
  { q: 'legitmitet', category: 'typo', top3: ['struktur-legitimitet'] },
  { q: 'forventningsafstemming', category: 'typo', top3: FORVENTNING },
  { q: 'komprimis', category: 'typo', top3: ['relation-forhandle-og-kompromis'] },
  { q: 'nysgerighed', category: 'typo', top3: ['citat-nysgerrighed-og-aabenhed'] },
  { q: 'transparans', category: 'typo', top3: ['struktur-tryghed-og-transparens'] },
  // Several words: entries holding every word first.
  {
    q: 'tillid respekt',
    category: 'multi-word',
    top3: ['relation-gensidig-tillid-respekt-forstaaelse'],
  },
  { q: 'kontrakt aftenskole', category: 'multi-word', top3: ['citat-aftenskole-kontrakt'] },
  {
    q: 'formelle rammer økonomi',
    category: 'multi-word',
    top3: ['struktur-formelle-rammer-oekonomi'],
  },
  { q: 'politisk klima', category: 'multi-word', top3: ['struktur-politisk-klima'] },
  { q: 'fælles mål', category: 'multi-word', top3: ['paavirker-faelles-maal'] },
  {
    q: 'tid ressourcer',
    category: 'multi-word',
    top3: ['organisation-tid-og-ressourcer', 'paavirker-tid-og-ressourcer'],
  },
  { q: 'hyppig dialog', category: 'multi-word', top3: ['relation-hyppig-og-aaben-dialog'] },
  { q: 'din indgang', category: 'multi-word', top3: ['citat-din-indgang'] },
  // Quoted phrases.
  {
    q: '"frivillig faglighed"',
    category: 'phrase',
    top3: ['laering-introduktion-frivillig-faglighed'],
  },
  {
    q: '"fælles lærende platform"',
    category: 'phrase',
    top3: ['paavirker-faelles-laerende-platform', 'vaesentlig-faelles-laerende-platform'],
  },
  { q: '"klar rolle"', category: 'phrase', top3: ['citat-klar-rolle-og-oekonomi'] },
  { q: '"gå på kompromis"', category: 'phrase', top3: ['relation-forhandle-og-kompromis'] },
  // Compounds that begin with the word typed.
  { q: 'samspil', category: 'compound', top3: ['laering-samspil-og-deltagelse'] },
  { q: 'styregruppemøder', category: 'compound', top3: ['relation-hyppig-og-aaben-dialog'] },
  {
    q: 'samarbejdskontrakt',
    category: 'compound',
    top3: ['citat-nyt-projekt-med-frivilligcentret'],
  },
  { q: 'kulturformidling', category: 'compound', top3: ['kulturformidling-kbh'] },
  // Compounds that end with the word typed (content/search/compounds.json).
  { q: 'fest', category: 'compound end', top3: ['grow-your-life'] },
  {
    q: 'kraft',
    category: 'compound end',
    top3: ['laering-opbakning-i-egen-organisation', 'kulturformidling-kbh'],
  },
  { q: 'afstemning', category: 'compound end', top3: FORVENTNING },
  // English glossary terms.
  { q: 'trust', category: 'english', top3: TILLID_FACTORS },
  { q: 'mutual trust', category: 'english', top3: TILLID_FACTORS },
  { q: 'contract', category: 'english', top3: ['citat-aftenskole-kontrakt'] },
  { q: 'steering group', category: 'english', top3: ['citat-brugerrepraesentanter'] },
  { q: 'anchoring', category: 'english', top3: ['laering-forankring'] },
  { q: 'expectations', category: 'english', top3: FORVENTNING },
  { q: 'evening schools', category: 'english', top3: ['citat-aftenskole-nye-kontakter'] },
  { q: 'legitimacy', category: 'english', top3: ['struktur-legitimitet'] },
  { q: 'volunteers', category: 'english', top3: ['paavirker-gruppeaktiviteter'] },
  { q: 'closing party', category: 'english', top3: ['grow-your-life'] },
  {
    q: 'minutes',
    category: 'english',
    top3: ['citat-samme-tilgang-og-temperament', 'relation-hyppig-og-aaben-dialog'],
  },
  {
    q: 'ownership',
    category: 'english',
    top3: ['organisation-tid-og-ressourcer', 'paavirker-tid-og-ressourcer'],
  },
  {
    q: 'excursions',
    category: 'english',
    top3: ['grow-your-life', 'kulturformidling-kbh', 'laering-livskvalitet-og-eksklusion'],
  },
  {
    q: 'intellectual disability',
    category: 'english',
    top3: ['grow-your-life', 'laering-introduktion-frivillig-faglighed'],
  },
  { q: 'day centre', category: 'english', top3: ['citat-nysgerrighed-og-aabenhed'] },
  // Quotes found through the factors they are tagged with.
  { q: 'tillid', category: 'factor tag', kinds: ['quote'], top3: TAGGED_TILLID },
  { q: 'trust', category: 'factor tag', kinds: ['quote'], top3: TAGGED_TILLID },
  { q: 'respekt', category: 'factor tag', kinds: ['quote'], top3: TAGGED_TILLID },
  // The user's own notes (RELEVANCE_NOTES).
  { q: 'tilid', category: 'note', kinds: ['note'], top3: ['note:Tillid i vores projekt'] },
  { q: 'trust', category: 'note', kinds: ['note'], top3: ['note:Tillid i vores projekt'] },
  { q: 'kursus', category: 'note', kinds: ['note'], top3: ['note:Efterårets kurser'] },
  { q: 'tilbud', category: 'note', kinds: ['note'], top3: ['note:Besøg'] },
  { q: 'økonomi transport', category: 'note', kinds: ['note'], top3: ['note:Budget'] },
  // Hostile or odd syntax.
  { q: 'tillid~2', category: 'hostile', top3: TILLID_FACTORS },
  { q: '+kontrakt -tillid', category: 'hostile', top3: ['citat-aftenskole-kontrakt'] },
  { q: 'title:forankring', category: 'hostile', top3: ['laering-forankring'] },
  { q: 'forankring^10', category: 'hostile', top3: ['laering-forankring'] },
  { q: '*legitimitet*', category: 'hostile', top3: ['struktur-legitimitet'] },
  { q: '§ 18', category: 'hostile', top3: ['laering-forankring'] },
];
