import type { Ref, TextareaHTMLAttributes } from "react";
import { cx } from "./cx";
import styles from "./Control.module.css";

export type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  mono?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
};

export function Textarea({ mono = false, rows = 4, className, ...rest }: TextareaProps) {
  return (
    <textarea rows={rows} className={cx(styles.control, styles.textarea, mono && styles.mono, className)} {...rest} />
  );
}
