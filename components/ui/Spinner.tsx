import { cx } from "./cx";
import styles from "./Spinner.module.css";
import { VisuallyHidden } from "./VisuallyHidden";

export type SpinnerProps = {
  size?: "sm" | "md" | "lg";
  /** Announced to screen readers. Ignored when `decorative`. */
  label?: string;
  /** Hide from assistive tech, e.g. inside a button that already says what is happening. */
  decorative?: boolean;
  className?: string;
};

export function Spinner({ size = "md", label = "Loading", decorative = false, className }: SpinnerProps) {
  const ring = (
    <span className={cx(styles.spinner, styles[size], className)} data-essential-motion aria-hidden="true" />
  );
  if (decorative) return ring;
  return (
    <span role="status">
      {ring}
      <VisuallyHidden>{label}</VisuallyHidden>
    </span>
  );
}
