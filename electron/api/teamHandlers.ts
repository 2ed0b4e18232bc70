// The team library's contract calls, over the team service and the folder dialog port.
import { ApiError, type ApiHandlers } from '../../shared/api';
import type { TeamConflict } from '../../shared/team/types';
import type { TeamService } from '../services/team/teamService';
import type { PlatformPorts } from './platformPorts';

type TeamHandlers = Pick<ApiHandlers, Extract<keyof ApiHandlers, `team.${string}`>>;

/** Every version's text in one item, newest first, for the user to tidy up. */
export function combinedVersions(conflict: TeamConflict): Record<string, unknown> {
  const [newest] = conflict.versions;
  const bodyKey = conflict.kind === 'note' ? 'body' : 'intro';
  const texts = conflict.versions.map((v) => String(v.item[bodyKey] ?? '').trim());
  return { ...newest?.item, [bodyKey]: [...new Set(texts)].join('\n\n---\n\n') };
}

export function createTeamHandlers(team: TeamService, platform: PlatformPorts): TeamHandlers {
  return {
    'team.status': () => team.status(),
    'team.chooseFolder': async () => {
      const folder = await platform.dialogs.chooseFolder({ title: 'Vælg teammappe' });
      return folder === null ? { cancelled: true } : { folder };
    },
    'team.join': ({ folder, displayName }) => {
      team.join(folder, displayName);
      return team.sync().status;
    },
    'team.leave': () => team.leave(),
    'team.sync': () => team.sync(),
    'team.setShared': ({ kind, ids, shared }) => team.setShared(kind, ids, shared),
    'team.conflicts': () => team.conflicts(),
    'team.resolve': ({ kind, id, choice }) => {
      const conflict = team.conflicts().find((c) => c.kind === kind && c.localId === id);
      const item =
        conflict && choice !== 'combine'
          ? conflict.versions[choice.version]?.item
          : conflict && combinedVersions(conflict);
      if (!item) throw new ApiError('not-found', 'team-no-conflict');
      return team.resolve(kind, id, item);
    },
    'team.authorship': ({ kind }) => team.authorship(kind),
    'team.changes': () => team.changes(),
  };
}
