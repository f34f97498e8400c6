"use client";

import { useId, useLayoutEffect } from "react";
import { cx } from "@/components/ui/cx";
import { MoonIcon, SunIcon, SystemIcon } from "./icons";
import type { ThemePreference } from "./theme";
import { applyThemePreference, readThemePreference, setThemePreference, useThemePreference } from "./theme-client";
import styles from "./ThemeToggle.module.css";

const OPTIONS: { value: ThemePreference; label: string; Icon: () => React.JSX.Element }[] = [
  { value: "light", label: "Light", Icon: SunIcon },
  { value: "dark", label: "Dark", Icon: MoonIcon },
  { value: "system", label: "System", Icon: SystemIcon },
];

export type ThemeToggleProps = {
  /** Icons only (labels stay available to screen readers and as tooltips). */
  compact?: boolean;
  className?: string;
};

/** Light / Dark / System as a native radio group (arrow keys move between options). */
export function ThemeToggle({ compact = false, className }: ThemeToggleProps) {
  const preference = useThemePreference();
  const name = useId();

  // React's dev-mode remount resets <html> attributes the init script set; re-apply before paint.
  useLayoutEffect(() => {
    applyThemePreference(readThemePreference());
  }, []);

  return (
    <fieldset className={cx(styles.toggle, compact && styles.compact, className)}>
      <legend className={styles.legend}>Theme</legend>
      {OPTIONS.map(({ value, label, Icon }) => (
        <label key={value} className={styles.option} title={`${label} theme`}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={preference === value}
            onChange={() => setThemePreference(value)}
            className={styles.input}
          />
          <Icon />
          <span className={styles.text}>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
