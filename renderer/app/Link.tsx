// An anchor to a route: a real href, so it works with the keyboard, middle-click and screen readers.
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { formatHash, type Route } from './router';

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: Route;
  children: ReactNode;
}

export function Link({ to, children, ...rest }: LinkProps) {
  return (
    <a href={formatHash(to)} {...rest}>
      {children}
    </a>
  );
}
