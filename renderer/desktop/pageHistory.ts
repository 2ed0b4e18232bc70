// Back and Forward over the app's own history (the Navigation API of Chromium, which Electron
// uses), with the scroll position of each history entry remembered and restored on Back/Forward.

export function canGo(direction: 'back' | 'forward'): boolean {
  return direction === 'back' ? navigation.canGoBack : navigation.canGoForward;
}

export function go(direction: 'back' | 'forward'): void {
  if (!canGo(direction)) return;
  if (direction === 'back') window.history.back();
  else window.history.forward();
}

/** Calls `onChange` whenever the current history entry changes (to update the buttons). */
export function onHistoryChange(onChange: () => void): () => void {
  navigation.addEventListener('currententrychange', onChange);
  return () => navigation.removeEventListener('currententrychange', onChange);
}

let restoringNow = false;

/** True while Back/Forward is putting a page's scroll position back (the layout then leaves the
 *  scroll alone instead of going to the top of the new page). */
export function isRestoringScroll(): boolean {
  return restoringNow;
}

// How long a restore keeps trying while the page it returns to is still rendering its data.
const RESTORE_FOR_MS = 1500;
const STABLE_FRAMES = 3;
// At least this long, so the page's own render (which follows the history change) is inside it.
const RESTORE_AT_LEAST_MS = 250;

/**
 * Remembers the scroll position per history entry and puts it back on Back/Forward. The browser's
 * own restoration is off: it runs before React has drawn the page, so it would land at the top.
 */
export function rememberScrollPositions(): () => void {
  const positions = new Map<string, number>();
  const setRestoring = (on: boolean) => {
    restoringNow = on;
    // Visible to tests (and devtools): the page is still putting its scroll position back.
    if (on) document.documentElement.dataset.restoringScroll = 'true';
    else delete document.documentElement.dataset.restoringScroll;
  };
  let cancelRestore = () => undefined as void;
  window.history.scrollRestoration = 'manual';

  const onScroll = () => {
    const key = navigation.currentEntry?.key;
    if (!restoringNow && key) positions.set(key, window.scrollY);
  };
  const onNavigate = (event: NavigateEvent) => {
    // The page being left keeps where it was scrolled: a scroll event may not have fired yet.
    onScroll();
    // A restore still running for the page being left must not move the next one.
    cancelRestore();
    // From here until the restore is done, scrolling comes from the page change, not the reader.
    setRestoring(event.navigationType === 'traverse');
  };
  const onEntryChange = (event: NavigationCurrentEntryChangeEvent) => {
    if (event.navigationType !== 'traverse') return;
    const key = navigation.currentEntry?.key;
    const saved = key ? positions.get(key) : undefined;
    if (saved === undefined) {
      setRestoring(false);
      window.scrollTo(0, 0);
      return;
    }
    cancelRestore = restoreScroll(saved, () => setRestoring(false));
  };

  window.addEventListener('scroll', onScroll, { passive: true });
  navigation.addEventListener('navigate', onNavigate);
  navigation.addEventListener('currententrychange', onEntryChange);
  return () => {
    cancelRestore();
    window.removeEventListener('scroll', onScroll);
    navigation.removeEventListener('navigate', onNavigate);
    navigation.removeEventListener('currententrychange', onEntryChange);
  };
}

/** Scrolls to `y` once the page is tall enough and stays there; the reader's own input stops it. */
function restoreScroll(y: number, done: () => void): () => void {
  const started = performance.now();
  let stable = 0;
  let frame = 0;
  const stop = () => {
    window.cancelAnimationFrame(frame);
    for (const type of STOP_EVENTS) window.removeEventListener(type, stop, true);
    done();
  };
  const step = () => {
    if (Math.abs(window.scrollY - y) > 1) {
      stable = 0;
      window.scrollTo(0, y);
    } else {
      stable += 1;
    }
    const elapsed = performance.now() - started;
    const settled = stable >= STABLE_FRAMES && elapsed >= RESTORE_AT_LEAST_MS;
    if (settled || elapsed > RESTORE_FOR_MS) stop();
    else frame = window.requestAnimationFrame(step);
  };
  for (const type of STOP_EVENTS) window.addEventListener(type, stop, true);
  frame = window.requestAnimationFrame(step);
  return stop;
}

const STOP_EVENTS = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;
