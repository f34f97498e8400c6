import type { HTMLAttributes } from "react";
import { cx } from "./cx";
import styles from "./Kbd.module.css";

export type KbdProps = HTMLAttributes<HTMLElement>;

/** One key, e.g. <Kbd>Esc</Kbd>. */
export function Kbd({ className, ...rest }: KbdProps) {
  return <kbd className={cx(styles.kbd, className)} {...rest} />;
}

export type KeyComboProps = {
  /** Keys pressed together or in sequence, e.g. ["g", "s"] or ["⌘", "K"]. */
  keys: string[];
  className?: string;
};

/** Several keys, nested in one <kbd> as HTML recommends for key combinations. */
export function KeyCombo({ keys, className }: KeyComboProps) {
  return (
    <kbd className={cx(styles.combo, className)}>
      {keys.map((key, index) => (
        <kbd key={`${key}-${index}`} className={styles.kbd}>
          {key}
        </kbd>
      ))}
    </kbd>
  );
}
