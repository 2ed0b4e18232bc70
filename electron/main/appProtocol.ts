// The app's own origin: the renderer is served from dist/renderer by a custom, standard and secure
// scheme (never file://), with the CSP as a response header on every response.
import fs from 'node:fs';
import { CONTENT_SECURITY_POLICY } from './csp';
import { mimeTypeOf, resolveRendererFile } from './rendererFiles';

export const APP_SCHEME = 'app';
const APP_HOST = 'samspil';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** Registered before the app is ready; `standard` gives the scheme real origins and relative URLs. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const BASE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
};

export type ReadFile = (file: string) => Promise<Uint8Array>;

export function createAppProtocolHandler(
  rendererDir: string,
  readFile: ReadFile = (file) => fs.promises.readFile(file),
): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
      return plain(404, 'Ukendt adresse');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Ikke tilladt');
    const file = resolveRendererFile(rendererDir, url.pathname);
    if (!file) return plain(400, 'Ugyldig sti');
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return plain(404, 'Ikke fundet');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...BASE_HEADERS, 'Content-Type': mimeTypeOf(file) },
    });
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
