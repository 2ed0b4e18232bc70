// zod's issues as the contract's issues (main process only: the renderer carries no zod). A schema
// may name its own issue code as its message, e.g. `.min(1, 'title-missing')`.
import type { z } from 'zod';
import { ApiError, apiIssue, type ApiIssue } from './apiError';
import type { TextParams } from '../interpolate';
import { issueTextsDa, type IssueCode } from './texts.da';

type ZodIssue = z.core.$ZodIssue;

const isIssueCode = (text: string): text is IssueCode => Object.hasOwn(issueTextsDa, text);

function sizeCode(issue: ZodIssue & { origin: string }, kind: 'big' | 'small'): IssueCode {
  if (issue.origin === 'string') return kind === 'big' ? 'too-long' : 'too-short';
  if (issue.origin === 'array' || issue.origin === 'set')
    return kind === 'big' ? 'too-many' : 'too-few';
  return kind === 'big' ? 'too-large' : 'too-small';
}

function fromZodIssue(issue: ZodIssue): Omit<ApiIssue, 'path'> {
  if (isIssueCode(issue.message)) {
    // A refinement may carry the params of its text: `.refine(ok, { message: code, params })`.
    const params = issue.code === 'custom' ? (issue.params as TextParams | undefined) : undefined;
    return { code: issue.message, params: params ?? {} };
  }
  switch (issue.code) {
    case 'too_big':
      return { code: sizeCode(issue, 'big'), params: { maximum: Number(issue.maximum) } };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1)
        return { code: 'required', params: {} };
      return { code: sizeCode(issue, 'small'), params: { minimum: Number(issue.minimum) } };
    case 'invalid_type':
      return issue.input === undefined
        ? { code: 'required', params: {} }
        : { code: 'invalid-type', params: { expected: issue.expected } };
    case 'invalid_format':
      if (issue.format === 'uuid') return { code: 'invalid-uuid', params: {} };
      if (issue.format === 'datetime') return { code: 'invalid-datetime', params: {} };
      return { code: 'invalid-format', params: {} };
    case 'invalid_value':
      return { code: 'invalid-value', params: { values: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { code: 'unknown-keys', params: { keys: issue.keys.join(', ') } };
    default:
      return { code: 'invalid', params: {} };
  }
}

export function issuesFromZod(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => {
    const { code, params } = fromZodIssue(issue);
    return apiIssue(
      code,
      params,
      issue.path.filter((k) => typeof k !== 'symbol'),
    );
  });
}

/** Parses `input` with `schema`, or throws ApiError('invalid-input') with every issue. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new ApiError('invalid-input', issuesFromZod(parsed.error));
  return parsed.data;
}
