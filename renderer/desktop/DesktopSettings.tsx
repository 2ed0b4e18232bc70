// The theme and the *Senest set* list, read from the settings at start and saved through
// settings.set. The theme is applied as <html data-theme>; "system" follows prefers-color-scheme.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { RECENT_LIMIT, type RecentVisit, type Theme } from '../../shared/api';
import { bridgeAvailable, call } from '../api/client';

interface DesktopSettingsValue {
  theme: Theme;
  setTheme: (theme: Theme) => Promise<void>;
  recent: RecentVisit[];
  recordVisit: (visit: RecentVisit) => void;
}

const DesktopSettingsContext = createContext<DesktopSettingsValue | null>(null);

const DARK_QUERY = '(prefers-color-scheme: dark)';

function useSystemDark(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia(DARK_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(DARK_QUERY);
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    onChange(); // a change between the first render and this subscription would be missed
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}

/** The list with `visit` first, each page once, at most RECENT_LIMIT long. */
export function withVisit(recent: RecentVisit[], visit: RecentVisit): RecentVisit[] {
  return [visit, ...recent.filter((r) => r.hash !== visit.hash)].slice(0, RECENT_LIMIT);
}

export function DesktopSettingsProvider({ children }: { children: ReactNode }) {
  const [theme, setThemeState] = useState<Theme>('system');
  const [recent, setRecent] = useState<RecentVisit[]>([]);
  const recentRef = useRef<RecentVisit[]>([]);
  const systemDark = useSystemDark();

  useEffect(() => {
    if (!bridgeAvailable()) return;
    let live = true;
    call('settings.get', {}).then(
      (settings) => {
        if (!live) return;
        setThemeState(settings.theme);
        // Pages seen before the settings arrived go on top of the stored list, oldest first.
        const merged = [...recentRef.current].reverse().reduce(withVisit, settings.recent);
        recentRef.current = merged;
        setRecent(merged);
      },
      // Without settings the theme follows the system and the list starts empty.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const effective = theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
  useEffect(() => {
    document.documentElement.dataset.theme = effective;
  }, [effective]);

  const setTheme = useCallback(async (next: Theme) => {
    const saved = await call('settings.set', { theme: next });
    setThemeState(saved.theme);
  }, []);

  const recordVisit = useCallback((visit: RecentVisit) => {
    const next = withVisit(recentRef.current, visit);
    recentRef.current = next;
    setRecent(next);
    // The list is a convenience: if it cannot be saved, the page itself is unaffected.
    if (bridgeAvailable()) void call('settings.set', { recent: next }).catch(() => undefined);
  }, []);

  const value = useMemo(
    () => ({ theme, setTheme, recent, recordVisit }),
    [theme, setTheme, recent, recordVisit],
  );
  return (
    <DesktopSettingsContext.Provider value={value}>{children}</DesktopSettingsContext.Provider>
  );
}

export function useDesktopSettings(): DesktopSettingsValue {
  const value = useContext(DesktopSettingsContext);
  if (!value) throw new Error('useDesktopSettings() kræver <DesktopSettingsProvider>');
  return value;
}
