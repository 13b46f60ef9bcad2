import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { focusablesIn, nextFocus } from './focusTrap';
import './dialogs.css';

/**
 * A modal dialog on the native `<dialog>` element. Escape closes it (handled here, so the app's
 * own Escape shortcut never sees it), Tab and Shift+Tab cycle through its controls only, and on
 * close the focus returns to whatever had it when the dialog opened (the button that opened it).
 * `className` adds a size variant (e.g. `fs-dialog--full`); `testId` names the `<dialog>`.
 */
export function Modal({
  title,
  onClose,
  children,
  wide,
  className,
  testId,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  className?: string;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  const { t } = useTranslation();
  useEffect(() => {
    const d = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (d && !d.open) d.showModal();
    return () => {
      d?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`fs-dialog${wide ? ' fs-dialog--wide' : ''}${className ? ` ${className}` : ''}`}
      aria-label={title}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        close.current();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.nativeEvent.isComposing) {
          e.preventDefault();
          e.stopPropagation();
          close.current();
        } else if (e.key === 'Tab' && ref.current) {
          const items = focusablesIn(ref.current);
          const active = document.activeElement as HTMLElement | null;
          const next = nextFocus(items, active, e.shiftKey);
          e.stopPropagation();
          if (next) {
            e.preventDefault();
            next.focus();
          } else if (items.length === 0) e.preventDefault();
        }
      }}
    >
      <div className="fs-dialog-head">
        <h2>{title}</h2>
        <button
          type="button"
          className="fs-icon-button"
          aria-label={t('common.close')}
          onClick={() => close.current()}
        >
          ×
        </button>
      </div>
      <div className="fs-dialog-body">{children}</div>
    </dialog>
  );
}
