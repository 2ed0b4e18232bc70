// The handlers of Mine partnerskaber's calls (spread into createApiHandlers).
import type { ApiHandlers } from '../../shared/api';
import type { ExportFormat } from '../../shared/handout/types';
import type { Services } from '../services/services';
import type { FileFilter, PlatformPorts } from './platformPorts';
import { fileStem } from './handlers';

type PartnershipMethod = Extract<keyof ApiHandlers, `partnerships.${string}`>;

const EXPORT_FILTERS: Record<ExportFormat, FileFilter> = {
  pdf: { name: 'PDF-dokument', extensions: ['pdf'] },
  docx: { name: 'Word-dokument', extensions: ['docx'] },
  md: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'Webside (HTML)', extensions: ['html'] },
};
const JSON_FILTER: FileFilter = { name: 'Samspil-partnerskaber (JSON)', extensions: ['json'] };

export function createPartnershipHandlers(
  services: Services,
  platform: PlatformPorts,
): Pick<ApiHandlers, PartnershipMethod> {
  const { partnerships, handouts } = services;
  return {
    'partnerships.list': () => partnerships.list(),
    'partnerships.get': ({ id }) => partnerships.get(id),
    'partnerships.create': (input) => partnerships.create(input),
    'partnerships.update': (patch) => partnerships.update(patch),
    'partnerships.deletionImpact': ({ id }) => partnerships.deletionImpact(id),
    'partnerships.delete': ({ id, confirm }) => partnerships.delete(id, { confirm }),
    'partnerships.undelete': ({ id }) => partnerships.undelete(id),
    'partnerships.assess': (input) => partnerships.assess(input),
    'partnerships.profile': ({ id, asOf }) => partnerships.profile(id, asOf),
    'partnerships.compare': ({ id, from, to }) => partnerships.compare(id, from, to),
    'partnerships.overview': ({ asOf }) => partnerships.overview(asOf),
    'partnerships.factorAcross': ({ factorId, asOf }) => partnerships.factorAcross(factorId, asOf),
    'partnerships.migrationReport': () => partnerships.migrationReport(),
    'partnerships.adoptNoteText': () => partnerships.adoptNoteText(),
    'partnerships.search': ({ q, limit }) => partnerships.search(q, limit),
    'partnerships.handoutPreview': ({ id, asOf }) => {
      const handout = partnerships.handoutOf(id, asOf);
      return { html: handouts.renderBodyHtml(handout), handout };
    },
    'partnerships.exportHandout': async ({ id, format, asOf }) => {
      const handout = partnerships.handoutOf(id, asOf);
      const file = await platform.dialogs.saveFile({
        title: 'Eksportér partnerskabstjek',
        defaultName: `${fileStem(handout)}.${format}`,
        filters: [EXPORT_FILTERS[format]],
      });
      if (file === null) return { cancelled: true };
      // The save dialog has asked before replacing a file.
      return partnerships.exportProfile(id, format, file, { asOf, overwrite: true });
    },
    'partnerships.exportFile': async () => {
      const file = await platform.dialogs.saveFile({
        title: 'Gem partnerskaberne',
        defaultName: `samspil-partnerskaber-${new Date().toISOString().slice(0, 10)}.json`,
        filters: [JSON_FILTER],
      });
      if (file === null) return { cancelled: true };
      return { path: partnerships.exportFile(file, { overwrite: true }).path };
    },
    'partnerships.importFile': async () => {
      const file = await platform.dialogs.openFile({
        title: 'Importér partnerskaber',
        filters: [JSON_FILTER],
      });
      if (file === null) return { cancelled: true };
      return partnerships.importFile(file);
    },
  };
}
