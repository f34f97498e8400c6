"use client";

import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "./Button";

export type SubmitButtonProps = Omit<ButtonProps, "type" | "pending"> & {
  /** Force the pending state (e.g. from useActionState); otherwise read from the parent <form>. */
  pending?: boolean;
};

/** Submit button that shows its pending state while the enclosing form's action runs. */
export function SubmitButton({ variant = "primary", pending, ...rest }: SubmitButtonProps) {
  const status = useFormStatus();
  return <Button type="submit" variant={variant} pending={pending ?? status.pending} {...rest} />;
}
