// The header of the page of one bundled factor or lesson: where it belongs, its (Danish) title,
// and "add to handout".
import type { ReactNode } from 'react';
import { AddToHandoutButton } from '../../handout/AddToHandoutButton';
import { PageHeader } from '../layout/PageHeader';

export function EntryHeader(props: {
  kind: 'factor' | 'lesson';
  entry: { id: string; title: string };
  kicker: ReactNode;
}) {
  const { kind, entry, kicker } = props;
  return (
    <PageHeader kicker={kicker} title={entry.title} lang="da">
      <AddToHandoutButton kind={kind} id={entry.id} title={entry.title} />
    </PageHeader>
  );
}
