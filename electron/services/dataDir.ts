// Where Samspil keeps user data when run from the CLI: the same folder Electron's
// app.getPath('userData') gives the app for the product name "Samspil".
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Samspil';

function defaultUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') {
    return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  }
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}

/** `--data-dir` wins over `SAMSPIL_DATA_DIR`, which wins over the app's user-data folder. */
export function resolveDataDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (flag) return path.resolve(flag);
  if (env.SAMSPIL_DATA_DIR) return path.resolve(env.SAMSPIL_DATA_DIR);
  return defaultUserDataDir(env);
}
