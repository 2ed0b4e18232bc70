// How shared items reach the notes and handouts: through the services' own list, create, update
// and delete calls (never their tables), so the team library does not depend on how the store
// keeps them. A shared item's data is the part colleagues see; local times and ids stay local.
import { ApiError } from '../../../shared/api';
import type { HandoutItem } from '../../../shared/handout/types';
import type { NoteInput } from '../../../shared/notes/types';
import type { HandoutService, NotesStore } from '../serviceTypes';
import type { Json } from './canonicalJson';
import type { ItemKind } from './changeFile';
import type { ItemData } from './mergeItem';

export interface ItemAdapter {
  kind: ItemKind;
  /** Every live local item: local id → its shared data. */
  snapshot(): Map<string, ItemData>;
  /** Creates the item locally; returns its local id. */
  create(data: ItemData): string;
  update(localId: string, data: ItemData): void;
  removeMany(localIds: string[]): void;
  /** Brings the item back from the trash; false when there is nothing to bring back. */
  restore(localId: string): boolean;
}

/** Maps note ids inside handouts between this device's ids and the shared ones. */
export interface NoteIdMap {
  toShared(localId: string): string;
  toLocal(sharedId: string): string;
}

const text = (value: Json | undefined, fallback = ''): string =>
  typeof value === 'string' ? value : fallback;
const nullableText = (value: Json | undefined): string | null =>
  typeof value === 'string' ? value : null;
const texts = (value: Json | undefined): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function noteInput(data: ItemData): NoteInput {
  return {
    title: text(data.title),
    body: text(data.body),
    partnership: nullableText(data.partnership),
    organisations: texts(data.organisations),
    aboutDate: nullableText(data.aboutDate),
    factors: texts(data.factors),
    links: texts(data.links),
  };
}

function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'not-found';
}

export function notesAdapter(notes: NotesStore): ItemAdapter {
  return {
    kind: 'note',
    snapshot() {
      const map = new Map<string, ItemData>();
      for (const note of notes.list()) {
        const { id, title, body, partnership, organisations, aboutDate, factors, links } = note;
        map.set(id, { title, body, partnership, organisations, aboutDate, factors, links });
      }
      return map;
    },
    create: (data) => notes.create(noteInput(data)).id,
    update: (localId, data) => void notes.update({ id: localId, ...noteInput(data) }),
    removeMany: (localIds) => void notes.delete(localIds, { confirm: true }),
    restore(localId) {
      try {
        return notes.undelete([localId]).restored > 0;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },
  };
}

function handoutItems(value: Json | undefined, mapRef: (ref: string) => string): HandoutItem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((raw) => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [];
    const kind = raw.kind as HandoutItem['kind'];
    const ref = text(raw.ref);
    return [{ kind, ref: kind === 'note' ? mapRef(ref) : ref, comment: text(raw.comment) }];
  });
}

export function handoutsAdapter(handouts: HandoutService, ids: NoteIdMap): ItemAdapter {
  const input = (data: ItemData) => ({
    title: text(data.title),
    subtitle: text(data.subtitle),
    intro: text(data.intro),
    items: handoutItems(data.items, ids.toLocal),
  });
  return {
    kind: 'handout',
    snapshot() {
      const map = new Map<string, ItemData>();
      for (const h of handouts.list()) {
        const items = h.items.map((i) => ({
          kind: i.kind,
          ref: i.kind === 'note' ? ids.toShared(i.ref) : i.ref,
          comment: i.comment,
        }));
        map.set(h.id, { title: h.title, subtitle: h.subtitle, intro: h.intro, items });
      }
      return map;
    },
    create: (data) => handouts.create(input(data)).id,
    update: (localId, data) => void handouts.update(localId, input(data)),
    removeMany(localIds) {
      for (const localId of localIds) {
        try {
          handouts.delete(localId);
        } catch (error) {
          if (!isNotFound(error)) throw error;
        }
      }
    },
    restore: () => false, // handouts have no trash: a deleted one is created anew
  };
}
