import type { Ref, SelectHTMLAttributes } from "react";
import { cx } from "./cx";
import styles from "./Control.module.css";

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "size"> & {
  size?: "sm" | "md" | "lg";
  /** Convenience alternative to <option> children. */
  options?: SelectOption[];
  /** Renders a first, empty-valued option, e.g. "Choose a service…". */
  placeholder?: string;
  ref?: Ref<HTMLSelectElement>;
};

/** Native <select>, styled. Keeps platform keyboard and screen-reader behaviour. */
export function Select({ size = "md", options, placeholder, className, children, ...rest }: SelectProps) {
  return (
    <span className={styles.selectWrap}>
      <select className={cx(styles.control, styles.select, size !== "md" && styles[size], className)} {...rest}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options?.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
    </span>
  );
}
