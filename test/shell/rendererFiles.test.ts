// Request paths of the app origin map to files inside dist/renderer and nowhere else.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeOf, resolveRendererFile } from '../../electron/main/rendererFiles';

const root = path.resolve('/srv/app/dist/renderer');

describe('resolveRendererFile', () => {
  const cases: { input: string; expected: string | null }[] = [
    { input: '/', expected: path.join(root, 'index.html') },
    { input: '/index.html', expected: path.join(root, 'index.html') },
    { input: '/assets/app-1.js', expected: path.join(root, 'assets/app-1.js') },
    { input: '/assets/', expected: path.join(root, 'assets/index.html') },
    { input: '/a%20b.css', expected: path.join(root, 'a b.css') },
    // ".." can only fold back to the root, never above it.
    { input: '/../secret.txt', expected: path.join(root, 'secret.txt') },
    { input: '/..%2f..%2fsecret.txt', expected: path.join(root, 'secret.txt') },
    { input: '/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd', expected: path.join(root, 'etc/passwd') },
    { input: '/..\\..\\secret.txt', expected: null },
    { input: '/%5c..%5csecret.txt', expected: null },
    { input: '/index.html%00.js', expected: null },
    { input: '/%E0%A4%A', expected: null },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    const file = resolveRendererFile(root, input);
    expect(file).toBe(expected);
    if (file) expect(file.startsWith(root + path.sep)).toBe(true);
  });
});

describe('mimeTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.JS', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['logo.svg', 'image/svg+xml'],
    ['unknown.bin', 'application/octet-stream'],
  ])('%s → %s', (file, expected) => expect(mimeTypeOf(file)).toBe(expected));
});
