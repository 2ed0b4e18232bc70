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
