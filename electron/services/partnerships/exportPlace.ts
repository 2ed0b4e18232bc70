// Where a partnerships export may go: never into the data folder or the backup folder (so it can
// never land on samspil.db or a backup), and onto an existing file only when the user confirmed
// replacing it (the save dialog asked, or `--force`).
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api';

export interface ExportPlaces {
  dataDir: string;
  backupDir: string;
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(path.resolve(parent), child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export function checkExportTarget(file: string, places: ExportPlaces, overwrite: boolean): string {
  const target = path.resolve(file);
  for (const [dir, what] of [
    [places.dataDir, 'Samspils datamappe'],
    [places.backupDir, 'mappen med sikkerhedskopier'],
  ] as const) {
    if (isInside(target, dir)) {
      throw new ApiError(
        'refused',
        `Eksporten må ikke skrives i ${what} (${dir}): ${target}. Vælg en anden mappe.`,
      );
    }
  }
  if (!overwrite && fs.existsSync(target)) {
    throw new ApiError(
      'refused',
      `Filen ${target} findes allerede. Vælg et andet navn, eller brug --force for at erstatte den.`,
    );
  }
  return target;
}
