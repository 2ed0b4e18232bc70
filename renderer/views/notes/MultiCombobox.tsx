// A searchable multi-select after the ARIA 1.2 combobox pattern: a text field (role=combobox) that
// filters a listbox of options; arrow keys move the active option, Enter toggles it, Escape
// closes, Backspace in an empty field removes the last choice. Choices show as removable chips,
// and each change is announced in a live region.
import { useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { ComboChips } from './ComboChips';
import { comboKeyHandler } from './comboKeys';
import { ComboListbox } from './ComboListbox';
import type { ComboOption } from './noteHelpers';
import type { Route } from '../../app/router';
import './multiCombobox.css';

export type { ComboOption };

export interface MultiComboboxProps {
  label: string;
  hint?: string;
  error?: string;
  options: ComboOption[];
  selected: string[];
  onChange(next: string[]): void;
  /** Label for a selected id that no option has (e.g. a factor dropped from the content). */
  unknownLabel: (id: string) => { label: string; title?: string };
  /** How many matches to show at most. */
  maxShown?: number;
  /** Chosen options with a page of their own show as links to it. */
  chipLink?: (id: string) => Route;
}

const fold = (s: string): string =>
  s.toLocaleLowerCase('da').normalize('NFD').replace(/\p{M}/gu, '');

export function MultiCombobox(props: MultiComboboxProps) {
  const { label, hint, error, options, selected, onChange, unknownLabel, maxShown = 40 } = props;
  const t = useT();
  const base = useId();
  const inputId = `${base}-input`;
  const listId = `${base}-list`;
  const hintId = `${base}-hint`;
  const errorId = `${base}-error`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const matches = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    const hits = options.filter((o) => {
      const hay = fold(`${o.label} ${o.detail ?? ''} ${o.id}`);
      return words.every((w) => hay.includes(w));
    });
    return hits.slice(0, maxShown);
  }, [options, query, maxShown]);

  const labelOf = (id: string) => byId.get(id)?.label ?? unknownLabel(id).label;

  const toggle = (id: string) => {
    const isSelected = selected.includes(id);
    onChange(isSelected ? selected.filter((s) => s !== id) : [...selected, id]);
    setAnnouncement(
      t(isSelected ? 'notes.pickerRemoved' : 'notes.pickerAdded', { label: labelOf(id) }),
    );
  };

  const activeIndex = Math.min(active, Math.max(matches.length - 1, 0));
  const activeOption = open ? matches[activeIndex] : undefined;

  const onKeyDown = comboKeyHandler({
    open,
    setOpen,
    activeIndex,
    setActive,
    count: matches.length,
    onChoose: () => activeOption && toggle(activeOption.id),
    hasChoice: activeOption !== undefined,
    query,
    clearQuery: () => setQuery(''),
    removeLast: () => {
      const last = selected[selected.length - 1];
      if (last) toggle(last);
    },
  });

  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');

  return (
    <div className="multi-combobox">
      <label htmlFor={inputId} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <ComboChips
        selected={selected}
        byId={byId}
        unknownLabel={unknownLabel}
        linkOf={props.chipLink}
        onRemove={(id) => {
          toggle(id);
          inputRef.current?.focus();
        }}
      />
      <div className="combo-field">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? `${listId}-${activeIndex}` : undefined}
          aria-describedby={describedBy || undefined}
          aria-invalid={error ? true : undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ComboListbox
          id={listId}
          label={label}
          open={open}
          matches={matches}
          activeIndex={activeIndex}
          selected={selected}
          query={query}
          onToggle={toggle}
          onHover={setActive}
        />
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
