// The `assess` mode of the crash-test child (test/store/storeChild.ts): partnerships edited,
// assessed, deleted and brought back in a loop on the real store, each write acknowledged after
// it returned. The factors
// are a small fixed taxonomy (the child has no corpus); only the store is under test here.
import { createPartnershipsService } from '../../electron/services/partnerships/partnershipsService';
import type { ContentService, HandoutService } from '../../electron/services/serviceTypes';
import type { openNotesStore } from '../../electron/services/storeServices';
import type { FactorEntry } from '../../shared/content/types';
import { ASSESSMENT_STATUSES } from '../../shared/partnerships/types';

const factor = (id: string, order: number): FactorEntry => ({
  id,
  kind: 'factor',
  title: id,
  file: `factors/${id}.md`,
  html: '',
  text: '',
  group: 'structural',
  order,
  related: [],
  quotes: [],
  lessons: [],
});

export const CHILD_FACTORS = ['struktur-a', 'struktur-b', 'struktur-c'];

export function assessLoop(
  store: ReturnType<typeof openNotesStore>,
  say: (line: string) => void,
): never {
  const factors = CHILD_FACTORS.map(factor);
  const content = { byKind: () => factors } as unknown as Pick<ContentService, 'byKind'>;
  const handouts = { exportTo: () => Promise.reject(new Error('ikke i barneprocessen')) };
  const service = createPartnershipsService({
    db: store.db,
    content,
    notes: store,
    handouts: handouts as Pick<HandoutService, 'exportTo'>,
  });
  for (let i = 0; ; i++) {
    const p = service.create({
      name: `p${i}`,
      partners: [{ name: `kommune ${i}`, sector: 'kommune' }],
    });
    say(`partnership ${p.id} 0`);
    for (let rev = 0; rev < 6; rev++) {
      const a = service.assess({
        partnershipId: p.id,
        factorId: CHILD_FACTORS[rev % CHILD_FACTORS.length] as string,
        status: ASSESSMENT_STATUSES[rev % ASSESSMENT_STATUSES.length] as 'styrke',
        comment: `vurdering ${rev} af ${i}`,
      });
      say(`assessment ${a.id} ${p.id}`);
    }
    service.update({ id: p.id, purpose: `formål ${i}` });
    say(`partnership ${p.id} 1`);
    if (i % 3 !== 2) continue;
    service.delete(p.id, { confirm: true });
    say(`trash ${p.id} deleted`);
    if (i % 6 !== 5) continue;
    service.undelete(p.id);
    say(`trash ${p.id} live`);
  }
}
