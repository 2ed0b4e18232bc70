// Which links may leave the app: http, https and mailto, nothing else.
import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../shared/markdown/urlPolicy';

describe('isAllowedExternalUrl', () => {
  const cases: { input: string; expected: boolean }[] = [
    { input: 'https://www.example.dk/rapport.pdf', expected: true },
    { input: 'http://example.dk', expected: true },
    { input: 'HTTPS://EXAMPLE.DK/', expected: true },
    { input: 'mailto:kontakt@example.dk?subject=Samspil', expected: true },
    { input: 'file:///etc/passwd', expected: false },
    { input: 'javascript:alert(1)', expected: false },
    { input: ' javascript:alert(1)', expected: false },
    { input: 'data:text/html,<script>alert(1)</script>', expected: false },
    { input: 'app://samspil/index.html', expected: false },
    { input: 'smb://server/share', expected: false },
    { input: 'ms-settings:privacy', expected: false },
    { input: 'vbscript:msgbox', expected: false },
    { input: 'https://user:pass@example.dk/', expected: false },
    { input: 'https://', expected: false },
    { input: 'mailto:', expected: false },
    { input: '/relative/path', expected: false },
    { input: '', expected: false },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(isAllowedExternalUrl(input)).toBe(expected);
  });
});
