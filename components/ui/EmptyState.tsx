import type { ReactNode } from "react";
import { cx } from "./cx";
import styles from "./EmptyState.module.css";

export type EmptyStateProps = {
  title: ReactNode;
  description?: ReactNode;
  /** Decorative icon (hidden from assistive tech). */
  icon?: ReactNode;
  /** Primary next step, e.g. <LinkButton variant="primary">Add service</LinkButton>. */
  action?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  /** Dashed outline; turn off when already inside a Card. */
  bordered?: boolean;
  className?: string;
};

export function EmptyState({
  title,
  description,
  icon,
  action,
  headingLevel = 2,
  bordered = true,
  className,
}: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={cx(styles.empty, bordered && styles.bordered, className)}>
      {icon ? (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <Heading className={styles.title}>{title}</Heading>
      {description ? <p className={styles.description}>{description}</p> : null}
      {action ? <div className={styles.action}>{action}</div> : null}
    </div>
  );
}
