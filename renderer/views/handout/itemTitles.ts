// What a handout item is called in the editor: looked up in the corpus and the user's notes.
import type { HandoutItem } from '../../../shared/handout/types';
import type { Note } from '../../../shared/notes/types';
import type { ContentIndex } from '../../app/contentIndex';

export interface ItemInfo {
  /** Plain, without quotation marks: labels such as 'Fjern “{title}”' add their own. */
  title: string;
  /** A second line: speaker and partnership for quotes, partnership for sections. */
  detail?: string;
  missing: boolean;
  /** `da` for bundled content (marked in the English interface); notes are the user's own. */
  lang?: 'da';
}

const shorten = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

export function itemInfo(
  item: HandoutItem,
  content: ContentIndex,
  notes: Map<string, Note>,
): ItemInfo {
  switch (item.kind) {
    case 'quote': {
      const quote = content.get('quote', item.ref);
      if (!quote) break;
      const partnership = content.get('partnership', quote.partnership)?.title ?? quote.partnership;
      return {
        title: shorten(quote.text, 120),
        detail: `${quote.speaker.role}, ${quote.speaker.organisation} · ${partnership}`,
        missing: false,
        lang: 'da',
      };
    }
    case 'factor': {
      const factor = content.get('factor', item.ref);
      if (factor) return { title: factor.title, missing: false, lang: 'da' };
      break;
    }
    case 'lesson': {
      const lesson = content.get('lesson', item.ref);
      if (lesson) return { title: lesson.title, missing: false, lang: 'da' };
      break;
    }
    case 'section': {
      const section = content.sections.get(item.ref);
      if (!section) break;
      const partnership = content.get('partnership', item.ref.split('/')[0] ?? '');
      return { title: section.heading, detail: partnership?.title, missing: false, lang: 'da' };
    }
    case 'note': {
      const note = notes.get(item.ref);
      if (note) return { title: note.title, detail: note.partnership ?? undefined, missing: false };
      break;
    }
  }
  return { title: item.ref, missing: true };
}
