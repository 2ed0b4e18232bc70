// Danish names of sectors and statuses, for the handout, the CLI and messages.
import type { AssessmentStatus, Sector } from './types';

export const SECTOR_NAMES: Record<Sector, string> = {
  kommune: 'Kommune',
  frivillig: 'Frivillig organisation',
  virksomhed: 'Virksomhed',
  'uddannelse-kultur': 'Uddannelse/kultur',
};

export const STATUS_NAMES: Record<AssessmentStatus, { one: string; many: string }> = {
  styrke: { one: 'Styrke', many: 'Styrker' },
  opmaerksomhed: { one: 'Opmærksomhedspunkt', many: 'Opmærksomhedspunkter' },
  'ikke-relevant': { one: 'Ikke relevant', many: 'Ikke relevante' },
  'ikke-vurderet': { one: 'Ikke vurderet', many: 'Ikke vurderet' },
};
