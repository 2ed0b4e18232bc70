// Run as a child by launchApp.test.ts: launches a (fake) executable the way the Electron suite
// does and prints how that ended. A child, because playwright-core leaves rejections of its own
// behind when the executable dies at once, and they would fail the test runner's process.
import { launchApp } from './launchApp';

const [executable, dataDir] = process.argv.slice(2) as [string, string];
process.on('unhandledRejection', () => undefined);
launchApp(executable, dataDir).then(
  async ({ app }) => {
    await app.close();
    process.stdout.write(JSON.stringify({ launched: true }));
  },
  (error: Error) => process.stdout.write(JSON.stringify({ launched: false, error: error.message })),
);
