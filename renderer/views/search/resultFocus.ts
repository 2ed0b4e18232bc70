// Moves keyboard focus through the search results (roving focus over their links), so the list
// is navigable with the arrow keys from the search field and back.
const RESULT_SELECTOR = '[data-search-result]';

function resultLinks(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(RESULT_SELECTOR));
}

export function focusFirstResult(): boolean {
  const first = resultLinks()[0];
  first?.focus();
  return first !== undefined;
}

/** Handles ArrowUp/ArrowDown/Home/End on a result link; returns true when it moved focus. */
export function moveResultFocus(from: HTMLElement, key: string): boolean {
  const links = resultLinks();
  const index = links.indexOf(from);
  if (index < 0) return false;
  let target: HTMLElement | undefined;
  if (key === 'ArrowDown') target = links[index + 1];
  else if (key === 'End') target = links[links.length - 1];
  else if (key === 'Home') target = links[0];
  else if (key === 'ArrowUp')
    target =
      index === 0 ? (document.getElementById('global-search') ?? undefined) : links[index - 1];
  target?.focus();
  return target !== undefined;
}
