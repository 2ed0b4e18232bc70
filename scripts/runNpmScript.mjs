// Runs `npm run -s <script>` from a script of ours on every platform: through the npm that started
// us where there is one (npm_execpath, no shell needed), else `npm` (npm.cmd via a shell on Windows,
// which Node no longer spawns directly).
import { spawnSync } from 'node:child_process';

export function runNpmScript(script, options) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /npm-cli\.c?js$/.test(npmCli)) {
    return spawnSync(process.execPath, [npmCli, 'run', '-s', script], options);
  }
  const windows = process.platform === 'win32';
  return spawnSync(windows ? 'npm.cmd' : 'npm', ['run', '-s', script], {
    ...options,
    shell: windows,
  });
}
