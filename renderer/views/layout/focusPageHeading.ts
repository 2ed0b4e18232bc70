// Where focus goes when the control that had it disappears (a toast closed, an undo done): the
// page's own heading, which every view has, so a screen reader says where the user is.
export function focusPageHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) {
    document.getElementById('main')?.focus();
    return;
  }
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
}
