// ASCII slugs for ids and section anchors: Danish letters are spelled out (æ→ae, ø→oe, å→aa) so
// that ids stay readable and stable in file names and URLs.

const DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ß: 'ss' };

export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåß]/g, (letter) => DANISH[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Lowercase ASCII slug as used for every content id. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
