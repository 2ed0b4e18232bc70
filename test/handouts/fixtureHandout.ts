// One handout over the fixture corpus with every kind of item, a note, comments and a dropped
// entry: the input of the renderer tests and the golden Markdown file.
import type { Note } from '../../shared/notes/types';
import type { HandoutItem, ResolvedHandout } from '../../shared/handout/types';
import { resolveHandout } from '../../shared/handout/resolveHandout';
import { fixtureContent } from './fixtureContent';

const fixtureNote: Note = {
  id: '6f0c7a5e-2b1d-4c3a-9e8f-1a2b3c4d5e6f',
  title: 'Vores styregruppe i Kolding',
  body: '## Det lærte vi\n\n- Mød op **hver** gang\n- Skriv referat\n\nSe [kommunens side](https://www.kolding.dk/) – ”det virker”.',
  partnership: 'Kolding Frivilligcenter',
  organisations: [],
  aboutDate: '2025-03-14',
  createdAt: '2025-03-14T10:00:00.000Z',
  updatedAt: '2025-03-14T10:00:00.000Z',
  factors: [],
  links: [],
};

const fixtureItems: HandoutItem[] = [
  {
    kind: 'quote',
    ref: 'citat-kontrakt',
    comment: 'Spørg deltagerne: **hvem** hæfter, hvis det går galt?',
  },
  { kind: 'factor', ref: 'relation-tillid', comment: '' },
  { kind: 'quote', ref: 'citat-aabenhed', comment: '' },
  { kind: 'lesson', ref: 'laering-forankring', comment: '1. Hvem ejer det?\n2. Hvem betaler?' },
  { kind: 'section', ref: 'grow-your-life/formalisering', comment: '' },
  { kind: 'note', ref: fixtureNote.id, comment: '' },
  { kind: 'quote', ref: 'citat-fjernet-i-ny-version', comment: 'Var et godt citat.' },
];

export function fixtureModel(overrides: Partial<ResolvedHandout> = {}): ResolvedHandout {
  const content = fixtureContent();
  const model = resolveHandout(
    {
      title: 'Workshop: Samspil på tværs – æøå ÆØÅ',
      subtitle: 'Materiale til træneren',
      intro: 'Velkommen. Vi taler om ”tillid” og om "(…)" i citaterne.',
      items: fixtureItems,
    },
    {
      find: content.find,
      section: content.section,
      note: (id) => (id === fixtureNote.id ? fixtureNote : undefined),
      sources: () => content.byKind('source'),
    },
  );
  return { ...model, ...overrides };
}
