import type { InputHTMLAttributes, Ref } from "react";
import { cx } from "./cx";
import styles from "./Control.module.css";

export type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "size"> & {
  /** Visual size; the native `size` attribute is rarely useful and is omitted. */
  size?: "sm" | "md" | "lg";
  /** Monospace text, for IDs, tokens, queries. */
  mono?: boolean;
  ref?: Ref<HTMLInputElement>;
};

export function Input({ size = "md", mono = false, type = "text", className, ...rest }: InputProps) {
  return (
    <input
      type={type}
      className={cx(styles.control, size !== "md" && styles[size], mono && styles.mono, className)}
      {...rest}
    />
  );
}
