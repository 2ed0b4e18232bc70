// The real curated corpus, compiled once per test file (the profile is about the real taxonomy).
import path from 'node:path';
import { compileContentOrThrow } from '../../scripts/content/compileContent';
import { createContentService } from '../../electron/services/content/contentService';
import type { ContentService } from '../../electron/services/serviceTypes';

let cached: ContentService | undefined;

export function realContent(): ContentService {
  cached ??= createContentService(
    compileContentOrThrow(path.resolve(import.meta.dirname, '../../content')),
  );
  return cached;
}
