// What the bulk bar does to the selected notes, each returning how to undo it. Tagging keeps the
// notes' previous factor lists; adding to the handout remembers which notes were new there.
import type { Note } from '../../../shared/notes/types';
import { call } from '../../api/client';
import type { BasketState } from '../../handout/BasketProvider';

export interface BulkOutcome {
  /** How many notes the action changed. */
  count: number;
  undo?: () => Promise<void>;
}

async function setFactors(changes: { id: string; factors: string[] }[]): Promise<void> {
  for (const { id, factors } of changes) await call('notes.update', { id, factors });
}

export async function tagNotes(notes: Note[], factor: string): Promise<BulkOutcome> {
  const changed = notes.filter((n) => !n.factors.includes(factor));
  await setFactors(changed.map((n) => ({ id: n.id, factors: [...n.factors, factor] })));
  return {
    count: changed.length,
    undo: () => setFactors(changed.map((n) => ({ id: n.id, factors: n.factors }))),
  };
}

export async function untagNotes(notes: Note[], factor: string): Promise<BulkOutcome> {
  const changed = notes.filter((n) => n.factors.includes(factor));
  await setFactors(
    changed.map((n) => ({ id: n.id, factors: n.factors.filter((f) => f !== factor) })),
  );
  return {
    count: changed.length,
    undo: () => setFactors(changed.map((n) => ({ id: n.id, factors: n.factors }))),
  };
}

export async function addNotesToHandout(notes: Note[], basket: BasketState): Promise<BulkOutcome> {
  const added: string[] = [];
  for (const note of notes) {
    if (basket.has('note', note.id)) continue;
    if (await basket.add('note', note.id)) added.push(note.id);
  }
  return {
    count: added.length,
    undo: async () => {
      for (const id of added) await basket.remove('note', id);
    },
  };
}
