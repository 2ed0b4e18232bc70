// Reads the bookmarks (outline items) of a PDF the way a reader's sidebar lists them: every
// object with /Parent and /Title. Chromium writes the outline as plain dictionaries, so no PDF
// library is needed to find them; strings come as literals or UTF-16BE hex.
import fs from 'node:fs';

function decodeLiteral(raw: string): string {
  const bytes = raw.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, esc: string) => {
    const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
    if (/^[0-7]+$/.test(esc)) return String.fromCharCode(parseInt(esc, 8));
    return map[esc] ?? esc;
  });
  if (bytes.startsWith('\u00fe\u00ff')) return utf16(Buffer.from(bytes.slice(2), 'latin1'));
  return Buffer.from(bytes, 'latin1').toString('latin1');
}

function utf16(buffer: Buffer): string {
  let out = '';
  for (let i = 0; i + 1 < buffer.length; i += 2) out += String.fromCharCode(buffer.readUInt16BE(i));
  return out;
}

function decodeHex(hex: string): string {
  const buffer = Buffer.from(hex.replace(/\s+/g, ''), 'hex');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return utf16(buffer.subarray(2));
  return buffer.toString('latin1');
}

export function pdfOutlineTitles(file: string): string[] {
  const pdf = fs.readFileSync(file).toString('latin1');
  const titles: string[] = [];
  for (const match of pdf.matchAll(/\d+ 0 obj\s*<<([\s\S]*?)>>\s*endobj/g)) {
    const dict = match[1] ?? '';
    if (!dict.includes('/Parent')) continue;
    const literal = /\/Title\s*\(((?:\\.|[^\\)])*)\)/.exec(dict);
    const hex = /\/Title\s*<([0-9A-Fa-f\s]+)>/.exec(dict);
    if (literal?.[1] !== undefined) titles.push(decodeLiteral(literal[1]));
    else if (hex?.[1] !== undefined) titles.push(decodeHex(hex[1]));
  }
  return titles;
}
