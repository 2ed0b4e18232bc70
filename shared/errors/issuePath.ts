// The one way a field path is written, in every message of the app, the CLI and the content build:
// `factors[0]`, `speaker.role`, `notes[3].links[1]`.

export type IssuePath = readonly (string | number)[];

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('');
}
