// A small corpus in the shape the content compiler produces, for tests that must not depend on
// the real corpus (pure renderer tests, the golden Markdown file).
import type {
  ContentEntry,
  EntryKind,
  FactorEntry,
  LessonEntry,
  PartnershipEntry,
  QuoteEntry,
  SourceEntry,
} from '../../shared/content/types';
import type { ContentService } from '../../electron/services/serviceTypes';

const source: SourceEntry = {
  id: 'kilde-test',
  kind: 'source',
  title: 'Partnerskaber – At skabe deltagelse',
  file: 'sources/kilde-test.md',
  html: '<p>Evalueringen.</p>',
  text: 'Evalueringen.',
  citation: 'Baseret på VIVE (2018): Partnerskaber – At skabe deltagelse for borgere med handicap.',
  publisher: 'VIVE',
  year: 2018,
  certainty: 'sikker',
};

const partnership: PartnershipEntry = {
  id: 'grow-your-life',
  kind: 'partnership',
  title: 'Grow Your Life',
  file: 'partnerships/grow-your-life.md',
  html: '',
  text: '',
  place: 'Fredericia',
  period: 'maj 2015 – marts 2018',
  targetGroup: 'Unge voksne med udviklingshæmning',
  partners: ['Frivilligcenter Fredericia', 'Aftenskolen SUK'],
  summary: 'Et partnerskab i Fredericia.',
  sections: [
    {
      id: 'grow-your-life/formalisering',
      slug: 'formalisering',
      heading: 'Formalisering',
      html: '<p>Partnerskabet havde en styregruppe og en skriftlig kontrakt.</p>',
      text: 'Partnerskabet havde en styregruppe og en skriftlig kontrakt.',
    },
  ],
};

const quote: QuoteEntry = {
  id: 'citat-kontrakt',
  kind: 'quote',
  title: 'Vi synes, det er rigtig vigtigt at have en kontrakt',
  file: 'quotes/citat-kontrakt.md',
  html: '<p>Vi synes, det er rigtig vigtigt at have en kontrakt (…)</p>',
  text: 'Vi synes, det er rigtig vigtigt at have en kontrakt (…) hvad er det lige der sker, hvis projektet falder fuldstændigt fra hinanden? (…) Hæfter vi for noget?',
  partnership: 'grow-your-life',
  section: 'formalisering',
  speaker: {
    role: 'Repræsentant for aftenskolerne',
    organisation: 'Aftenskolen SUK',
    certainty: 'sikker',
  },
  theme: 'Formalisering',
  factors: ['relation-tillid'],
  source: 'kilde-test',
  lessons: [],
};

const quote2: QuoteEntry = {
  ...quote,
  id: 'citat-aabenhed',
  title: 'Man skal være åben',
  text: 'Man skal være åben over for de ”skæve” idéer – og turde prøve dem af.\n\nDet er dér, læringen sker.',
  speaker: { role: 'Koordinator', organisation: 'Frivilligcenter Fredericia', certainty: 'sikker' },
  theme: 'Åbenhed og inddragelse',
};

const factor: FactorEntry = {
  id: 'relation-tillid',
  kind: 'factor',
  title: 'Gensidig tillid, respekt og forståelse',
  file: 'factors/relation-tillid.md',
  html: '<p>Parterne stoler på hinanden.</p>',
  text: 'Parterne stoler på hinanden og kender hinandens vilkår. Det gør det lettere at løse uenigheder.',
  group: 'relational',
  order: 2,
  related: [],
  quotes: ['citat-kontrakt'],
  lessons: [],
};

const lesson: LessonEntry = {
  id: 'laering-forankring',
  kind: 'lesson',
  title: 'Forankring',
  file: 'lessons/laering-forankring.md',
  html: '<p>Aktiviteterne skal have en ejer, når projektperioden slutter.</p>',
  text: 'Aktiviteterne skal have en ejer, når projektperioden slutter.',
  order: 5,
  partnerships: ['grow-your-life'],
  factors: ['relation-tillid'],
  quotes: [],
};

const fixtureEntries: ContentEntry[] = [source, partnership, quote, quote2, factor, lesson];

/** The lookups the handout service uses, over the fixture entries. */
export function fixtureContent(
  entries: ContentEntry[] = fixtureEntries,
): Pick<ContentService, 'find' | 'section' | 'byKind'> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    find: (id) => byId.get(id),
    section(id) {
      const partnershipEntry = byId.get(id.split('/')[0] ?? '');
      if (partnershipEntry?.kind !== 'partnership') return undefined;
      return partnershipEntry.sections.find((s) => s.id === id);
    },
    byKind: <K extends EntryKind>(kind: K) =>
      entries.filter((e): e is Extract<ContentEntry, { kind: K }> => e.kind === kind),
  };
}
