// Handout export figures as JSON: a 50-item handout over the bundled corpus (quotes, factors,
// lessons, sections, notes, comments) to PDF through one reused headless Chromium (target < 3 s),
// and to DOCX, HTML and Markdown (DOCX target < 1 s). Each export is written to disk atomically,
// as the app does. Run alone: `npx tsx scripts/bench/handouts.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { ExportFormat, HandoutItem } from '../../shared/handout/types';
import { loadContentService } from '../../electron/services/content/contentService';
import { openNotesStore } from '../../electron/services/storeServices';
import { createHandoutService } from '../../electron/services/handouts/handoutService';
import { createChromiumPdfRenderer } from '../../electron/services/handouts/chromiumPdf';
import { summarize } from './stats';

const ROUNDS: Record<ExportFormat, number> = { pdf: 5, docx: 10, html: 20, md: 20 };

export async function benchHandouts(): Promise<Record<string, unknown>> {
  const content = loadContentService();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-handouts-'));
  const notes = openNotesStore({ dataDir, knownFactorIds: content.factorIds() });
  const pdf = createChromiumPdfRenderer();
  try {
    const service = createHandoutService({ db: notes.db, content, notes, pdfRenderer: pdf });
    const noteIds = Array.from(
      { length: 5 },
      (_, i) =>
        notes.create({
          title: `Note ${i + 1} om vores partnerskab`,
          body: '## Erfaringer\n\n- Møderne skal være **korte**\n- Referat samme dag\n\n> ”Tillid tager tid (…)”',
        }).id,
    );
    const pool: HandoutItem[] = [
      ...content.byKind('quote').map((q) => ({ kind: 'quote' as const, ref: q.id, comment: '' })),
      ...content.byKind('factor').map((f) => ({ kind: 'factor' as const, ref: f.id, comment: '' })),
      ...content.byKind('lesson').map((l) => ({ kind: 'lesson' as const, ref: l.id, comment: '' })),
      ...content
        .byKind('partnership')
        .flatMap((p) =>
          p.sections.map((s) => ({ kind: 'section' as const, ref: s.id, comment: '' })),
        ),
    ];
    const items: HandoutItem[] = Array.from({ length: 45 }, (_, i) => ({
      ...(pool[(i * 7) % pool.length] as HandoutItem),
      comment: i % 5 === 0 ? 'Spørg deltagerne: **hvad** ville I gøre?' : '',
    }));
    items.push(...noteIds.map((ref) => ({ kind: 'note' as const, ref, comment: '' })));
    const handout = service.create({
      title: 'Bench: 50 elementer – æøå',
      intro: 'Indledning.',
      items,
    });

    const out = path.join(dataDir, 'out');
    fs.mkdirSync(out);
    const launchStart = performance.now();
    await service.exportTo(handout, 'pdf', path.join(out, 'warmup.pdf'));
    const firstPdfMs = performance.now() - launchStart;

    const report: Record<string, unknown> = {
      items: handout.items.length,
      pdfFirstIncludingBrowserLaunchMs: Math.round(firstPdfMs),
    };
    for (const format of ['pdf', 'docx', 'html', 'md'] as const) {
      const samples: number[] = [];
      let bytes = 0;
      for (let i = 0; i < ROUNDS[format]; i++) {
        const file = path.join(out, `h${i}.${format}`);
        const start = performance.now();
        await service.exportTo(handout, format, file);
        samples.push(performance.now() - start);
        bytes = fs.statSync(file).size;
      }
      report[format] = { ms: summarize(samples), bytes };
    }
    const pages = /\/Type\s*\/Page[^s]/g;
    report.pdfPages = (
      fs.readFileSync(path.join(out, 'h0.pdf')).toString('latin1').match(pages) ?? []
    ).length;
    report.targets = { pdfMs: 3000, docxMs: 1000 };
    return report;
  } finally {
    await pdf.close();
    notes.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(await benchHandouts(), null, 2)}\n`);
}
