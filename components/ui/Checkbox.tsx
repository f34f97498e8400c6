import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from "react";
import { cx } from "./cx";
import styles from "./Field.module.css";

export type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & {
  label: ReactNode;
  hint?: ReactNode;
  ref?: Ref<HTMLInputElement>;
};

/** Checkbox with its label to the right and an optional hint underneath. */
export function Checkbox({ label, hint, id, className, ...rest }: CheckboxProps) {
  const generatedId = useId();
  const inputId = id ?? `checkbox${generatedId}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  return (
    <div className={cx(styles.checkbox, className)}>
      <input id={inputId} type="checkbox" className={styles.checkboxInput} aria-describedby={hintId} {...rest} />
      <label htmlFor={inputId} className={styles.checkboxLabel}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
