// The front-matter schemas turn every problem into a field path and a Danish message.
import { describe, expect, it } from 'vitest';
import { checkFrontMatter } from '../../shared/content/schema';

const quote = {
  id: 'citat-a',
  kind: 'quote',
  partnership: 'pa',
  section: 'formaal',
  speaker: { role: 'Leder', organisation: 'Frivilligcenter A', certainty: 'sikker' },
  theme: 'Formål',
  factors: ['relation-a'],
  source: 'kilde-test',
  source_lines: [12, '14-16'],
};

describe('checkFrontMatter', () => {
  it('accepts valid quote front matter', () => {
    expect(checkFrontMatter('quote', quote)).toEqual({ ok: true, value: quote });
  });

  it.each([
    {
      name: 'missing field',
      data: { ...quote, theme: undefined },
      issues: [{ field: 'theme', message: 'mangler' }],
    },
    {
      name: 'list of factors empty',
      data: { ...quote, factors: [] },
      issues: [{ field: 'factors', message: 'skal have mindst 1 element(er)' }],
    },
    {
      name: 'id that is not a slug',
      data: { ...quote, factors: ['Relation A'] },
      issues: [
        {
          field: 'factors[0]',
          message:
            'skal være et id med små bogstaver a-z, tal og bindestreger, men er teksten "Relation A"',
        },
      ],
    },
    {
      name: 'unknown nested field',
      data: { ...quote, speaker: { ...quote.speaker, colour: 'blå' } },
      issues: [
        { field: 'speaker.colour', message: 'ukendt felt (se content/README.md for felterne)' },
      ],
    },
    {
      name: 'unknown certainty',
      data: { ...quote, speaker: { ...quote.speaker, certainty: 'måske' } },
      issues: [
        {
          field: 'speaker.certainty',
          message: 'ugyldig værdi "måske" (gyldige: sikker, sandsynlig, usikker)',
        },
      ],
    },
    {
      name: 'note required when uncertain',
      data: { ...quote, speaker: { ...quote.speaker, certainty: 'usikker' } },
      issues: [
        {
          field: 'speaker.note',
          message:
            'mangler (påkrævet, når certainty er "usikker": skriv hvorfor taleren er usikker)',
        },
      ],
    },
    {
      name: 'several problems at once',
      data: { ...quote, theme: '', source: 7 },
      issues: [
        { field: 'theme', message: 'må ikke være tom' },
        { field: 'source', message: 'skal være tekst, men er tallet 7' },
      ],
    },
  ])('$name', ({ data, issues }) => {
    expect(checkFrontMatter('quote', data)).toEqual({ ok: false, issues });
  });

  it.each([
    [[0], 'source_lines[0]', 'skal være mindst 1'],
    [
      ['12-'],
      'source_lines[0]',
      'skal være et linjenummer (fx 455) eller et interval (fx 397-399), men er teksten "12-"',
    ],
    [
      [true],
      'source_lines[0]',
      'skal være et linjenummer (fx 455) eller et interval (fx 397-399), men er true',
    ],
    [[], 'source_lines', 'skal have mindst 1 element(er)'],
  ])('source_lines %j: %s %s', (lines, field, message) => {
    expect(checkFrontMatter('quote', { ...quote, source_lines: lines })).toEqual({
      ok: false,
      issues: [{ field, message }],
    });
  });

  it('reports a factor group outside the five groups', () => {
    const factor = {
      id: 'relation-a',
      kind: 'factor',
      group: 'social',
      order: 1,
      title: 'Tillid',
      related: [],
      quotes: [],
      lessons: [],
      source_lines: [3],
    };
    expect(checkFrontMatter('factor', factor)).toEqual({
      ok: false,
      issues: [
        {
          field: 'group',
          message:
            'ugyldig værdi "social" (gyldige: relational, structural, organisational, influencing, essential)',
        },
      ],
    });
  });
});
