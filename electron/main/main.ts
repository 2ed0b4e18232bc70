// The Electron entry point (bundled to dist/electron/main.cjs).
import { startShell } from './shell';

startShell();
