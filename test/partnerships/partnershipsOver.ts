// The partnerships service as the app builds it, over a test's open notes store and its clock.
import { createHandoutService } from '../../electron/services/handouts/handoutService';
import {
  createPartnershipsService,
  type PartnershipsService,
} from '../../electron/services/partnerships/partnershipsService';
import type { openNotesStore } from '../../electron/services/storeServices';
import { realContent } from './realContent';

export function partnershipsOver(
  notes: ReturnType<typeof openNotesStore>,
  now: () => Date,
): PartnershipsService {
  const content = realContent();
  const handouts = createHandoutService({ db: notes.db, content, notes });
  return createPartnershipsService({ db: notes.db, content, notes, handouts, now });
}
