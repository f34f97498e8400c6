import { cx } from "./cx";
import styles from "./Avatar.module.css";

export type AvatarProps = {
  /** Person's name (or email); initials are derived from it. */
  name: string;
  size?: "sm" | "md" | "lg";
  /** Set when the name is already shown next to the avatar, so it is not read twice. */
  decorative?: boolean;
  className?: string;
};

/** "Ada Lovelace" -> "AL", "ops@example.com" -> "O", "" -> "?". */
export function initials(name: string): string {
  const base = name.includes("@") ? (name.split("@")[0] ?? "") : name;
  const words = base
    .trim()
    .split(/[\s._-]+/)
    .filter(Boolean);
  const first = words[0]?.[0] ?? "";
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase() || "?";
}

export function Avatar({ name, size = "md", decorative = false, className }: AvatarProps) {
  return (
    <span
      className={cx(styles.avatar, styles[size], className)}
      role={decorative ? undefined : "img"}
      aria-label={decorative ? undefined : name}
      aria-hidden={decorative || undefined}
    >
      {initials(name)}
    </span>
  );
}
