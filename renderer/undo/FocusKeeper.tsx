// Keeps focus from falling to the page body when the control that has it is disabled while it
// works (Gem note, Eksportér, Importér …): Chromium then moves focus to <body> without a blur
// event. The control is remembered and gets focus back when it is enabled again, unless the user
// has put focus somewhere else meanwhile.
import { useEffect } from 'react';

const canBeDisabled = (
  el: Element,
): el is HTMLButtonElement | HTMLInputElement | HTMLSelectElement =>
  el instanceof HTMLButtonElement ||
  el instanceof HTMLInputElement ||
  el instanceof HTMLSelectElement;

export function FocusKeeper(): null {
  useEffect(() => {
    let focused: Element | null = null;
    let lost: HTMLElement | null = null;
    const onFocusIn = (event: FocusEvent) => {
      focused = event.target instanceof Element ? event.target : null;
      lost = null;
    };
    const nothingFocused = () =>
      document.activeElement === null || document.activeElement === document.body;
    const observer = new MutationObserver((mutations) => {
      for (const { target } of mutations) {
        if (!(target instanceof HTMLElement) || !canBeDisabled(target)) continue;
        // Chromium moves focus off a disabled control at its next update, so no check here.
        if (target.disabled && target === focused) lost = target;
        else if (!target.disabled && target === lost) {
          lost = null;
          if (target.isConnected && nothingFocused()) target.focus();
        }
      }
    });
    observer.observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ['disabled'],
    });
    window.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      window.removeEventListener('focusin', onFocusIn);
    };
  }, []);
  return null;
}
