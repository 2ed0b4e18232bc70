// The one error model: zod issues become issue codes with params, paths are written one way, and
// the same issues read in Danish (CLI, logs) and English (the English interface).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, apiIssue } from '../../shared/errors/apiError';
import { describeIssues } from '../../shared/errors/describeIssues';
import { formatPath } from '../../shared/errors/issuePath';
import { issueTextsDa } from '../../shared/errors/texts.da';
import { issueTextsEn } from '../../shared/errors/texts.en';
import { issuesFromZod, parseOrThrow } from '../../shared/errors/zodIssues';

describe('formatPath', () => {
  it.each<[(string | number)[], string]>([
    [[], ''],
    [['title'], 'title'],
    [['factors', 0], 'factors[0]'],
    [['speaker', 'role'], 'speaker.role'],
    [['notes', 3, 'links', 1], 'notes[3].links[1]'],
  ])('%j → %s', (path, expected) => expect(formatPath(path)).toBe(expected));
});

describe('issuesFromZod', () => {
  const schema = z
    .object({
      title: z.string().min(1),
      short: z.string().max(5),
      list: z.array(z.string()).max(1),
      n: z.number().int().min(2),
      id: z.string().uuid(),
      kind: z.enum(['a', 'b']),
      named: z.string().regex(/^x$/, 'invalid-id'),
    })
    .strict();
  const issues = (input: unknown) => {
    const result = schema.safeParse(input, { reportInput: true });
    return result.success ? [] : issuesFromZod(result.error);
  };
  const good = {
    title: 't',
    short: 's',
    list: [],
    n: 2,
    id: crypto.randomUUID(),
    kind: 'a',
    named: 'x',
  };

  it.each<[Record<string, unknown>, ReturnType<typeof apiIssue>]>([
    [{ title: '' }, apiIssue('required', {}, ['title'])],
    [{ title: undefined }, apiIssue('required', {}, ['title'])],
    [{ title: 3 }, apiIssue('invalid-type', { expected: 'string' }, ['title'])],
    [{ short: 'toolong' }, apiIssue('too-long', { maximum: 5 }, ['short'])],
    [{ list: ['a', 'b'] }, apiIssue('too-many', { maximum: 1 }, ['list'])],
    [{ n: 1 }, apiIssue('too-small', { minimum: 2 }, ['n'])],
    [{ id: 'x' }, apiIssue('invalid-uuid', {}, ['id'])],
    [{ kind: 'c' }, apiIssue('invalid-value', { values: 'a, b' }, ['kind'])],
    [{ named: 'y' }, apiIssue('invalid-id', {}, ['named'])],
    [{ extra: 1 }, apiIssue('unknown-keys', { keys: 'extra' }, [])],
  ])('%j → its issue', (change, expected) => {
    expect(issues({ ...good, ...change })).toEqual([expected]);
  });
});

describe('the issue texts', () => {
  const issues = [
    apiIssue('title-missing', {}, ['title']),
    apiIssue('too-long', { maximum: 500 }, ['organisations', 2]),
  ];

  it('read in Danish and in English, each path written once', () => {
    expect(describeIssues(issues, issueTextsDa)).toBe(
      'title: titlen mangler; organisations[2]: må højst være 500 tegn',
    );
    expect(describeIssues(issues, issueTextsEn)).toBe(
      'title: the title is missing; organisations[2]: must be at most 500 characters',
    );
  });

  it('give ApiError its Danish message and keep the issues as data', () => {
    const error = new ApiError('invalid-input', issues);
    expect(error.message).toBe('title: titlen mangler; organisations[2]: må højst være 500 tegn');
    expect(ApiError.fromData(JSON.parse(JSON.stringify(error.toData())))).toMatchObject({
      code: 'invalid-input',
      issues,
      message: error.message,
    });
  });

  it('every English text differs from the Danish one and keeps its placeholders', () => {
    for (const [code, danish] of Object.entries(issueTextsDa)) {
      const english = issueTextsEn[code as keyof typeof issueTextsDa];
      expect(english, code).not.toBe(danish);
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(english), code).toEqual(names(danish));
    }
  });

  it('parseOrThrow throws every issue, not only the first', () => {
    const schema = z.object({ a: z.string(), b: z.string() });
    expect(() => parseOrThrow(schema, {})).toThrow(
      new ApiError('invalid-input', [
        apiIssue('required', {}, ['a']),
        apiIssue('required', {}, ['b']),
      ]),
    );
  });
});
