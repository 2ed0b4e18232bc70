// `samspil search "<query>" [--kind K] [--partnership P] [--group G] [--factor F] [--author "…"]…
// [--limit N] [--exact] [--json]`: the app's search service, with the same input validation as the IPC door.
// When English was translated or a typo corrected, the output says what was searched.
import { parseArgs } from 'node:util';
import { apiSchemas } from '../../../shared/apiSchemas';
import { describeIssues } from '../../../shared/errors/describeIssues';
import { issueTextsDa } from '../../../shared/errors/texts.da';
import { issuesFromZod } from '../../../shared/errors/zodIssues';
import { ENTRY_KINDS, FACTOR_GROUPS } from '../../../shared/content/types';
import { KIND_NAMES } from '../../../shared/content/names';
import type {
  HitKind,
  SearchedFor,
  SearchHit,
  SearchRequest,
  Span,
} from '../../../shared/search/types';
import { describeUsage } from '../cliArgs';
import type { CliCommand } from '../context';
import { oneLine } from '../terminalText';

const kindName = (kind: HitKind): string => (kind === 'note' ? 'note' : KIND_NAMES[kind].one);

/** Marks spans like «…» for a terminal that cannot highlight. */
export function markSpans(text: string, spans: Span[]): string {
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    out += `${text.slice(at, span.start)}«${text.slice(span.start, span.end)}»`;
    at = span.end;
  }
  return out + text.slice(at);
}

function formatHit(hit: SearchHit, rank: number): string[] {
  const who = hit.speaker
    ? ` — ${hit.speaker}`
    : hit.shared && hit.author
      ? ` — af ${hit.author}`
      : '';
  const title = oneLine(markSpans(hit.title, hit.titleSpans) + who);
  return [
    `${String(rank).padStart(2)}. [${kindName(hit.kind)}] ${title}`,
    `    ${oneLine(markSpans(hit.snippet, hit.snippetSpans))}`,
    `    id: ${hit.id} · match: ${hit.match} · score: ${hit.score}`,
  ];
}

/** "Viser resultater for "tillid" (trust)" and how to search the words as typed. */
export function searchedForLines(searchedFor: SearchedFor, q: string): string[] {
  const typed = searchedFor.rewrites.map((r) => r.typed).join(', ');
  return [
    `Viser resultater for "${searchedFor.text}" (${typed}).`,
    `Søg præcis efter det, du skrev: search --exact ${JSON.stringify(q)}`,
  ];
}

const DANISH_ISSUES: Record<string, string> = {
  q: 'søgningen må højst være 2000 tegn',
  kinds: `--kind: ukendt type – vælg blandt ${[...ENTRY_KINDS, 'note'].join(', ')}`,
  factorGroup: `--group: ukendt faktorgruppe – vælg blandt ${FACTOR_GROUPS.join(', ')}`,
  limit: '--limit skal være et helt tal fra 1 til 500',
  partnership: '--partnership: ugyldigt id (fx grow-your-life)',
  factor: '--factor: ugyldigt id (fx relation-gensidig-tillid-respekt-forstaaelse)',
  author: '--author: et navn skal have 1 til 200 tegn (højst 50 navne)',
};

function fail(message: string): number {
  process.stderr.write(`samspil search: ${message}\n`);
  return 2;
}

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Søger i citater, faktorer, læringer, partnerskaber og egne noter',
  usage: `search "<søgning>" [--kind K[,K]] [--partnership P] [--group ${FACTOR_GROUPS.join('|')}] [--factor F] [--author "Navn"]… [--limit N] [--exact] [--json]
      (--author: noter skrevet af en kollega i teambiblioteket, med navnet som kollegaen ser det;
       flere --author: enhver af dem; citater, faktorer og læringer har ingen forfatter)`,
  run(argv, ctx) {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(argv);
    } catch (error) {
      return fail(`ugyldige valg: ${describeUsage(error)}`);
    }
    const { values, positionals } = parsed;
    if (positionals.length === 0)
      return fail('skriv hvad der skal søges efter, fx: search "tillid"');
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    const candidate = {
      q: positionals.join(' '),
      ...(values.kind ? { kinds: values.kind.flatMap((k) => k.split(',')).filter(Boolean) } : {}),
      ...(values.partnership ? { partnership: values.partnership } : {}),
      ...(values.group ? { factorGroup: values.group } : {}),
      ...(values.factor ? { factor: values.factor } : {}),
      ...(values.author ? { author: values.author.map((a) => a.trim()) } : {}),
      ...(limit === undefined ? {} : { limit }),
      ...(values.exact ? { exact: true } : {}),
    };
    const checked = apiSchemas['search.query'].safeParse(candidate);
    if (!checked.success) {
      const field = String(checked.error.issues[0]?.path[0]);
      return fail(
        DANISH_ISSUES[field] ?? describeIssues(issuesFromZod(checked.error), issueTextsDa),
      );
    }
    const request: SearchRequest = checked.data;
    const response = ctx.services().search.query(request);
    if (values.json) {
      ctx.json(response);
      return 0;
    }
    if (response.searchedFor) {
      searchedForLines(response.searchedFor, request.q).forEach((line) => ctx.out(line));
    }
    if (response.hits.length === 0) {
      ctx.out(`Ingen resultater for "${oneLine(request.q)}".`);
      return 0;
    }
    const shown = response.hits.length;
    ctx.out(`${response.total} resultater for "${oneLine(request.q)}" (viser ${shown}):`);
    response.hits.forEach((hit, i) => formatHit(hit, i + 1).forEach((line) => ctx.out(line)));
    return 0;
  },
};

const OPTIONS = {
  kind: { type: 'string', multiple: true },
  partnership: { type: 'string' },
  group: { type: 'string' },
  factor: { type: 'string' },
  author: { type: 'string', multiple: true },
  limit: { type: 'string' },
  json: { type: 'boolean' },
  exact: { type: 'boolean' },
} as const;

const VALUE_OPTIONS = new Set(
  Object.entries(OPTIONS)
    .filter(([, o]) => o.type === 'string')
    .map(([name]) => `--${name}`),
);

/**
 * Puts the query words after `--`, in their order, so that a word such as `-tillid` (must not
 * contain "tillid") is read as part of the query, not as an unknown option `-t`. Options keep
 * their values, also a value that begins with "-" (`--limit -5` is then refused as a number).
 */
function queryAfterOptions(argv: string[]): string[] {
  const options: string[] = [];
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (VALUE_OPTIONS.has(arg) && i + 1 < argv.length) options.push(`${arg}=${argv[++i]}`);
    else if (arg.startsWith('--')) options.push(arg);
    else words.push(arg);
  }
  return [...options, '--', ...words];
}

function parse(argv: string[]) {
  return parseArgs({
    args: queryAfterOptions(argv),
    options: OPTIONS,
    strict: true,
    allowPositionals: true,
  });
}
