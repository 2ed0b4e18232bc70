// "Viser resultater for *tillid* (trust)": what was searched when an English word was translated
// or a typo corrected, with one action to search exactly what was typed (and one to go back).
// The button stays the same element in both states, so keyboard focus stays on it.
import type { SearchedFor } from '../../../shared/search/types';
import { useT } from '../../i18n';
import './searchedFor.css';

interface SearchedForLineProps {
  q: string;
  /** What the last answer says was searched (absent when it was searched as typed). */
  searchedFor: SearchedFor | undefined;
  /** Set while the user has chosen to search exactly what was typed: what it was searched as before. */
  exactInsteadOf: SearchedFor | null;
  onExactChange(insteadOf: SearchedFor | null): void;
}

function TypedWords({ searchedFor }: { searchedFor: SearchedFor }) {
  return (
    <>
      (
      {searchedFor.rewrites.map((rewrite, i) => (
        <span key={rewrite.typed} lang={rewrite.reason === 'english' ? 'en' : 'da'}>
          {i > 0 ? ', ' : ''}
          {rewrite.typed}
        </span>
      ))}
      )
    </>
  );
}

export function SearchedForLine({
  q,
  searchedFor,
  exactInsteadOf,
  onExactChange,
}: SearchedForLineProps) {
  const t = useT();
  const told = exactInsteadOf ?? searchedFor;
  if (!told) return null;
  const exact = exactInsteadOf !== null;
  return (
    <p className="search-searched-for" data-testid="searched-for">
      <span aria-live="polite">
        {exact ? t('searchedFor.showingExactly') : t('searchedFor.showingFor')}{' '}
        {exact ? (
          <em>{q}</em>
        ) : (
          <>
            <em lang="da">{told.text}</em> <TypedWords searchedFor={told} />
          </>
        )}
        .
      </span>{' '}
      <button
        type="button"
        className="search-searched-for-action"
        onClick={() => onExactChange(exact ? null : told)}
      >
        {exact
          ? t('searchedFor.searchInterpreted', { text: told.text })
          : t('searchedFor.searchExactly', { q })}
      </button>
    </p>
  );
}
