// What Electronegativity used to check statically, as a test of our own code: every window comes
// from createSecureWindow with the security checklist's preferences, no file weakens them, only
// openExternal.ts reaches shell.openExternal, and the CSP allows no inline or eval'd script. The
// same checks run on a planted insecure file to prove they can fail.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SECURE_WINDOW = 'electron/main/secureWindow.ts';
const OPEN_EXTERNAL = 'electron/main/openExternal.ts';

interface Source {
  file: string;
  text: string;
}

const WEAKENED = [
  /sandbox:\s*false/,
  /contextIsolation:\s*false/,
  /nodeIntegration(InWorker|InSubFrames)?:\s*true/,
  /webSecurity:\s*false/,
  /allowRunningInsecureContent:\s*true/,
  /experimentalFeatures:\s*true/,
  /webviewTag:\s*true/,
  /enableBlinkFeatures/,
  /enableRemoteModule/,
  /setPermissionRequestHandler\([^)]*=>\s*\w+\(\s*true/,
];

/** Problems a reviewer would flag, as "file: what". */
function windowSecurityProblems(sources: Source[]): string[] {
  const problems: string[] = [];
  for (const { file, text } of sources) {
    if (
      file !== SECURE_WINDOW &&
      /new\s+(BrowserWindow|BrowserView|WebContentsView)\s*\(/.test(text)
    )
      problems.push(`${file}: creates a window outside createSecureWindow`);
    if (file !== SECURE_WINDOW && /webPreferences\s*:/.test(text))
      problems.push(`${file}: sets webPreferences outside createSecureWindow`);
    for (const pattern of WEAKENED)
      if (pattern.test(text)) problems.push(`${file}: ${pattern.source}`);
    if (file !== OPEN_EXTERNAL && /shell\.openExternal\s*\(/.test(text))
      problems.push(`${file}: calls shell.openExternal outside openExternal.ts`);
  }
  return problems;
}

function electronSources(): Source[] {
  return fs
    .readdirSync(path.join(ROOT, 'electron'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => {
      const file = path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep);
      return { file: file.join('/'), text: fs.readFileSync(path.join(ROOT, ...file), 'utf8') };
    });
}

describe('window security, read from the source', () => {
  it('finds nothing in electron/', () => {
    const sources = electronSources();
    expect(sources.map((s) => s.file)).toContain(SECURE_WINDOW);
    expect(windowSecurityProblems(sources)).toEqual([]);
  });

  it('sets every preference of the checklist in createSecureWindow', () => {
    const text = fs.readFileSync(path.join(ROOT, SECURE_WINDOW), 'utf8');
    for (const setting of [
      'contextIsolation: true',
      'sandbox: true',
      'nodeIntegration: false',
      'nodeIntegrationInWorker: false',
      'nodeIntegrationInSubFrames: false',
      'webSecurity: true',
      'allowRunningInsecureContent: false',
      'webviewTag: false',
    ])
      expect(text).toContain(setting);
  });

  it('flags a planted insecure window', () => {
    const planted: Source = {
      file: 'electron/main/sneaky.ts',
      text:
        'new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false, nodeIntegration: true } });\n' +
        'shell.openExternal(url);\n',
    };
    expect(windowSecurityProblems([planted])).toEqual([
      'electron/main/sneaky.ts: creates a window outside createSecureWindow',
      'electron/main/sneaky.ts: sets webPreferences outside createSecureWindow',
      'electron/main/sneaky.ts: sandbox:\\s*false',
      'electron/main/sneaky.ts: contextIsolation:\\s*false',
      'electron/main/sneaky.ts: nodeIntegration(InWorker|InSubFrames)?:\\s*true',
      'electron/main/sneaky.ts: calls shell.openExternal outside openExternal.ts',
    ]);
  });
});

describe('the Content-Security-Policy', () => {
  it('allows no inline or evaluated script and nothing remote', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    for (const values of directives.values()) {
      expect(values).not.toContain("'unsafe-eval'");
      expect(values.some((v) => /^(https?:|\*|ws:)/.test(v))).toBe(false);
    }
  });
});
