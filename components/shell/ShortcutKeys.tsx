"use client";

import { Fragment } from "react";
import { cx } from "@/components/ui/cx";
import { Kbd } from "@/components/ui/Kbd";
import { useModifierKeyLabel } from "./platform";
import styles from "./CommandPalette.module.css";

export type ShortcutKeysProps = {
  /** "g s" = g then s; "Mod+K" = ⌘/Ctrl and K together. */
  keys: string;
  className?: string;
};

export function ShortcutKeys({ keys, className }: ShortcutKeysProps) {
  const mod = useModifierKeyLabel();
  const steps = keys.split(" ").filter(Boolean);
  return (
    <span className={cx(styles.keys, className)}>
      {steps.map((step, stepIndex) => (
        <Fragment key={`${step}-${stepIndex}`}>
          {stepIndex > 0 ? <span className={styles.then}>then</span> : null}
          <kbd className={styles.chord}>
            {step.split("+").map((key, keyIndex) => (
              <Kbd key={`${key}-${keyIndex}`}>{key === "Mod" ? mod : key}</Kbd>
            ))}
          </kbd>
        </Fragment>
      ))}
    </span>
  );
}
