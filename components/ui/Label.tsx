import type { LabelHTMLAttributes, ReactNode } from "react";
import { cx } from "./cx";
import styles from "./Label.module.css";

export type LabelProps = LabelHTMLAttributes<HTMLLabelElement> & {
  /** Shows a visual marker; the control's own `required` attribute informs assistive tech. */
  required?: boolean;
  children: ReactNode;
};

export function Label({ required = false, className, children, ...rest }: LabelProps) {
  return (
    <label className={cx(styles.label, className)} {...rest}>
      {children}
      {required ? (
        <span className={styles.required} aria-hidden="true">
          *
        </span>
      ) : null}
    </label>
  );
}
