// `npm start`: checks that the Electron binary is installed, builds everything, opens the app.
// Where Electron was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 it says so and how to fix it,
// instead of failing deep inside a build.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const MISSING_BINARY = `
Electron-programmet mangler (node_modules/electron blev installeret uden binærfil, fx med
ELECTRON_SKIP_BINARY_DOWNLOAD=1). Hent det, og byg derefter better-sqlite3 til Electron:

The Electron binary is missing (node_modules/electron was installed without it, e.g. with
ELECTRON_SKIP_BINARY_DOWNLOAD=1). Download it, then build better-sqlite3 for Electron:

  unset ELECTRON_SKIP_BINARY_DOWNLOAD
  node node_modules/electron/install.js     # or: npm rebuild electron / a fresh npm install
  npm run rebuild:electron                  # better-sqlite3 for Electron's ABI
  npm start

(Før testene køres under Node igen / before running the tests under Node again: npm run rebuild:node)
`;

const WRONG_ABI = `
better-sqlite3 er bygget til Node, ikke til Electron. Kør: npm run rebuild:electron
better-sqlite3 is built for Node, not for Electron. Run: npm run rebuild:electron
(and npm run rebuild:node before running the tests again)
`;

/** The Electron executable, or null when the npm package has no binary. */
function findElectronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function main() {
  const electron = findElectronBinary();
  if (!electron) {
    process.stderr.write(MISSING_BINARY);
    process.exit(1);
  }
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const child = spawn(electron, [root, ...process.argv.slice(2)], {
    cwd: root,
    stdio: ['inherit', 'inherit', 'pipe'],
  });
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    if (/NODE_MODULE_VERSION|compiled against a different Node\.js version/.test(String(chunk))) {
      process.stderr.write(WRONG_ABI);
    }
  });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

main();
