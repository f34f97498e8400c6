import Link from "next/link";
import type { ButtonHTMLAttributes, ComponentProps, ReactNode, Ref } from "react";
import { cx } from "./cx";
import styles from "./Button.module.css";
import { Spinner } from "./Spinner";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md" | "lg";

type ButtonLookProps = {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Leading icon (decorative). For an icon-only button omit children and set aria-label. */
  icon?: ReactNode;
  fullWidth?: boolean;
};

/** Class names for anything that should look like a button (e.g. a <summary>). */
export function buttonClassName({
  variant = "secondary",
  size = "md",
  iconOnly = false,
  fullWidth = false,
}: ButtonLookProps & { iconOnly?: boolean } = {}): string {
  return cx(styles.button, styles[variant], styles[size], iconOnly && styles.iconOnly, fullWidth && styles.fullWidth);
}

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> &
  ButtonLookProps & {
    /** Disables the button and shows a spinner; use while a submit is in flight. */
    pending?: boolean;
    /** Replaces the label while pending, e.g. "Saving…". */
    pendingLabel?: ReactNode;
    ref?: Ref<HTMLButtonElement>;
  };

export function Button({
  variant = "secondary",
  size = "md",
  icon,
  fullWidth,
  pending = false,
  pendingLabel,
  type = "button",
  disabled,
  className,
  children,
  ...rest
}: ButtonProps) {
  const iconOnly = children == null || children === false;
  return (
    <button
      type={type}
      disabled={disabled || pending}
      data-pending={pending || undefined}
      aria-busy={pending || undefined}
      className={cx(buttonClassName({ variant, size, iconOnly, fullWidth }), className)}
      {...rest}
    >
      {pending ? (
        <Spinner size="sm" decorative />
      ) : icon ? (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      ) : null}
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

export type LinkButtonProps = ComponentProps<typeof Link> & ButtonLookProps;

/** A navigation link styled as a button (e.g. "Declare incident" in a page header). */
export function LinkButton({
  variant = "secondary",
  size = "md",
  icon,
  fullWidth,
  className,
  children,
  ...rest
}: LinkButtonProps) {
  const iconOnly = children == null || children === false;
  return (
    <Link className={cx(buttonClassName({ variant, size, iconOnly, fullWidth }), className)} {...rest}>
      {icon ? (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      ) : null}
      {children}
    </Link>
  );
}
