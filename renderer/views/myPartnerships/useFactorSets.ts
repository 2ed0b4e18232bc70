// The profile's rows, computed in the renderer from the corpus with the same pure code the
// service uses (shared/partnerships/factorSets.ts), so both always agree.
import { useMemo } from 'react';
import { buildFactorSets } from '../../../shared/partnerships/factorSets';
import type { FactorSet } from '../../../shared/partnerships/types';
import { useContent } from '../../app/ContentProvider';

export function useFactorSets(): FactorSet[] {
  const content = useContent();
  const factors = content.status === 'ready' ? content.value.factors : null;
  return useMemo(() => (factors ? buildFactorSets(factors) : []), [factors]);
}
