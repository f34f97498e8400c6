import { cloneElement, useId, type AriaAttributes, type ReactElement, type ReactNode } from "react";
import { cx } from "./cx";
import styles from "./Field.module.css";
import { Label } from "./Label";
import { VisuallyHidden } from "./VisuallyHidden";

/** Props Field injects into its single control child. */
export type FieldControlProps = {
  id?: string;
  required?: boolean;
  "aria-describedby"?: string;
  "aria-invalid"?: AriaAttributes["aria-invalid"];
};

export type FieldProps = {
  label: ReactNode;
  /** Exactly one control: <Input/>, <Textarea/>, <Select/> or any element accepting FieldControlProps. */
  children: ReactElement<FieldControlProps>;
  hint?: ReactNode;
  /** One message or a list (e.g. zod `fieldErrors.name`); empty means valid. */
  error?: ReactNode | string[];
  required?: boolean;
  /** Id for the control; generated when omitted. */
  id?: string;
  /** Keep the label for screen readers only (e.g. inline filters). */
  hideLabel?: boolean;
  className?: string;
};

function hasError(error: FieldProps["error"]): boolean {
  if (Array.isArray(error)) return error.length > 0;
  return error !== undefined && error !== null && error !== false && error !== "";
}

/** Label + control + hint + error, with ids, aria-describedby and aria-invalid wired up. */
export function Field({ label, children, hint, error, required, id, hideLabel = false, className }: FieldProps) {
  const generatedId = useId();
  const controlId = id ?? children.props.id ?? `field${generatedId}`;
  const invalid = hasError(error);
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = invalid ? `${controlId}-error` : undefined;
  const describedBy = [children.props["aria-describedby"], errorId, hintId].filter(Boolean).join(" ") || undefined;
  const isRequired = required ?? children.props.required;

  const control = cloneElement(children, {
    id: controlId,
    required: isRequired,
    "aria-describedby": describedBy,
    "aria-invalid": invalid ? true : children.props["aria-invalid"],
  });

  const labelElement = (
    <Label htmlFor={controlId} required={isRequired}>
      {label}
    </Label>
  );

  return (
    <div className={cx(styles.field, className)}>
      {hideLabel ? <VisuallyHidden>{labelElement}</VisuallyHidden> : labelElement}
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {control}
      {invalid ? (
        <p id={errorId} className={styles.error}>
          <ErrorIcon />
          <span>{Array.isArray(error) ? error.join(" ") : error}</span>
        </p>
      ) : null}
    </div>
  );
}

function ErrorIcon() {
  return (
    <svg className={styles.errorIcon} width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 4.5v4.25M8 11v.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
