"use client";

import { useEffect, useId, useRef, type ReactNode, type RefObject } from "react";
import { Button } from "./Button";
import { cx } from "./cx";
import styles from "./Dialog.module.css";
import { VisuallyHidden } from "./VisuallyHidden";

export type DialogProps = {
  open: boolean;
  /** Called for every way of closing: Esc, close button, backdrop click. */
  onClose: () => void;
  /** Accessible name; also the visible heading unless `hideTitle`. */
  title: ReactNode;
  description?: ReactNode;
  hideTitle?: boolean;
  children?: ReactNode;
  /** Action buttons, right-aligned in a footer bar. */
  footer?: ReactNode;
  size?: "sm" | "md" | "lg";
  placement?: "center" | "top";
  /** Element to focus on open; otherwise the browser focuses the first focusable (the close button). */
  initialFocusRef?: RefObject<HTMLElement | null>;
  closeOnBackdropClick?: boolean;
  hideCloseButton?: boolean;
  /** No body padding (content brings its own, e.g. a command list). */
  bare?: boolean;
  className?: string;
};

/**
 * Modal built on native <dialog>.showModal(): the browser provides the focus trap, inert
 * background, Esc handling and focus return.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  hideTitle = false,
  children,
  footer,
  size = "md",
  placement = "center",
  initialFocusRef,
  closeOnBackdropClick = true,
  hideCloseButton = false,
  bare = false,
  className,
}: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const pressStartedOnBackdrop = useRef(false);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      initialFocusRef?.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, initialFocusRef]);

  const heading = (
    <h2 id={titleId} className={styles.title}>
      {title}
    </h2>
  );

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      className={cx(styles.dialog, styles[size], placement === "top" && styles.top, bare && styles.bare, className)}
      onClose={onClose}
      // Only a press that both starts and ends on the backdrop closes; drag-selecting text out of the dialog must not.
      onMouseDown={(event) => {
        pressStartedOnBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        if (closeOnBackdropClick && pressStartedOnBackdrop.current && event.target === event.currentTarget) {
          event.currentTarget.close();
        }
      }}
    >
      {hideTitle && hideCloseButton ? (
        <VisuallyHidden>{heading}</VisuallyHidden>
      ) : (
        <div className={styles.header}>
          <div className={styles.titles}>
            {hideTitle ? <VisuallyHidden>{heading}</VisuallyHidden> : heading}
            {description ? (
              <p id={descriptionId} className={cx(styles.description, hideTitle && "visually-hidden")}>
                {description}
              </p>
            ) : null}
          </div>
          {hideCloseButton ? null : (
            <Button
              variant="ghost"
              size="sm"
              className={styles.close}
              aria-label="Close"
              onClick={() => dialogRef.current?.close()}
              icon={<CloseIcon />}
            />
          )}
        </div>
      )}
      {hideTitle && hideCloseButton && description ? (
        <VisuallyHidden id={descriptionId}>{description}</VisuallyHidden>
      ) : null}
      <div className={styles.body}>{children}</div>
      {footer ? <div className={styles.footer}>{footer}</div> : null}
    </dialog>
  );
}

function CloseIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" focusable="false">
      <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
