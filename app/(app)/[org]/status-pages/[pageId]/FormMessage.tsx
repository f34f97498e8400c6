import type { ActionState } from "@/lib/server/action";

/** An action's outcome next to its form's button: polite when it worked, an alert when not. */
export function FormMessage({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return (
    <span role={state.ok ? "status" : "alert"} className={state.ok ? "muted" : "error-text"}>
      {state.message}
    </span>
  );
}
