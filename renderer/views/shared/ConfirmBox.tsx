// An inline confirmation ("Slet …? [Slet] [Annullér]"): it takes focus on its safe choice, Escape
// cancels, and a cancel puts focus back on the control that opened it, once that is rendered again.
import { useEffect, useRef } from 'react';

export interface ConfirmBoxProps {
  label: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
  /** The control that opened the confirmation, to get focus back after a cancel. */
  opener: () => HTMLElement | null;
}

export function ConfirmBox(props: ConfirmBoxProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const cancel = () => {
    props.onCancel();
    window.requestAnimationFrame(() => props.opener()?.focus());
  };
  return (
    <div
      className="confirm-box"
      role="group"
      aria-label={props.label}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        cancel();
      }}
    >
      <p>{props.text}</p>
      <div className="button-row">
        <button type="button" className="button button-danger" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button ref={cancelRef} type="button" className="button" onClick={cancel}>
          {props.cancelLabel}
        </button>
      </div>
    </div>
  );
}
