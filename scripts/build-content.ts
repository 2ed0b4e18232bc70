// `npm run build:content`: compiles content/ into dist/content/corpus.json and search-index.json.
// Any content error fails the build (exit code 1) with every problem listed, and writes nothing.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { compileContent, countByKind, writeCompiledContent } from './content/compileContent';
import { formatIssue } from './content/contentIssues';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function main(): number {
  const { values } = parseArgs({
    options: {
      'content-dir': { type: 'string', default: path.join(repoRoot, 'content') },
      'out-dir': { type: 'string', default: path.join(repoRoot, 'dist', 'content') },
      'no-counts': { type: 'boolean', default: false },
    },
  });
  const started = performance.now();
  const contentDir = path.resolve(values['content-dir']);
  const { corpus, issues } = compileContent(
    contentDir,
    values['no-counts'] ? { expectCounts: false } : {},
  );
  if (issues.length > 0) {
    for (const issue of issues) process.stderr.write(`${formatIssue(issue)}\n`);
    process.stderr.write(
      `\nbuild:content: ${issues.length} fejl i indholdet – intet er skrevet.\n`,
    );
    return 1;
  }
  const written = writeCompiledContent(path.resolve(values['out-dir']), corpus);
  const counts = Object.entries(countByKind(corpus.entries))
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} kB`;
  process.stdout.write(
    `build:content: ${corpus.entries.length} poster (${counts}) → ${path.relative(process.cwd(), written.corpusFile)} ` +
      `(${kb(written.corpusBytes)}), søgeindeks ${kb(written.indexBytes)}, ${Math.round(performance.now() - started)} ms\n`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(
    `build:content: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
