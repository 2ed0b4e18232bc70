// Excerpts and snippets read block boundaries as sentence breaks (issue 13), table-driven.
import { describe, expect, it } from 'vitest';
import { asRunningText } from '../../shared/content/runningText';
import { markdownToPlainText } from '../../shared/content/plainText';
import { excerpt } from '../../renderer/views/notes/noteHelpers';

describe('asRunningText', () => {
  it.each([
    [
      'Erfaring fra Grow Your Life\n\nGrow Your Life har',
      'Erfaring fra Grow Your Life. Grow Your Life har',
    ],
    ['Vi mødes hver måned.\n\npunkt 1\npunkt 2', 'Vi mødes hver måned. punkt 1. punkt 2'],
    ['Spørgsmål?\nSvar: ja', 'Spørgsmål? Svar: ja'],
    ['»Et citat.«\n\n', '»Et citat.«'],
    // A heading or box title that ends in a bracket or a closing quote still ends its sentence.
    ['Unge voksne (18-40)\n\nPartnerne mødtes', 'Unge voksne (18-40). Partnerne mødtes'],
    ['Projektet ”Grow Your Life”\n\nDet begyndte', 'Projektet ”Grow Your Life”. Det begyndte'],
    ['Han sagde: ”Ja.”\n\nDerefter', 'Han sagde: ”Ja.” Derefter'],
    ['Et (…)\n\nTo', 'Et (…) To'],
    // Running text has one space between words, whatever the block held.
    ['Her står   kontrakten\tmed\u00a0kommunen', 'Her står kontrakten med\u00a0kommunen'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(asRunningText(input)).toBe(expected);
  });
});

describe('note excerpts', () => {
  it('keep headings and list items apart as sentences, without stray marks', () => {
    const body = '# Møde\n\nVi mødes hver måned\n\n- punkt 1\n- punkt 2';
    expect(excerpt(body)).toBe('Møde. Vi mødes hver måned. punkt 1. punkt 2');
    expect(markdownToPlainText(body)).toContain('\n');
  });
});
