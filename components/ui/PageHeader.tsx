import type { ReactNode } from "react";
import { cx } from "./cx";
import styles from "./PageHeader.module.css";

export type PageHeaderProps = {
  /** Rendered as the page's <h1>. */
  title: ReactNode;
  description?: ReactNode;
  /** Buttons/links at the right, e.g. "Declare incident". */
  actions?: ReactNode;
  /** Slot above the title, e.g. a breadcrumb <nav aria-label="Breadcrumb">. */
  breadcrumbs?: ReactNode;
  /** Inline next to the title, e.g. a SeverityBadge and status badge. */
  badges?: ReactNode;
  className?: string;
};

export function PageHeader({ title, description, actions, breadcrumbs, badges, className }: PageHeaderProps) {
  return (
    <header className={cx(styles.header, className)}>
      <div className={styles.titles}>
        {breadcrumbs ? <div className={styles.breadcrumbs}>{breadcrumbs}</div> : null}
        <div className={styles.titleRow}>
          <h1 className={styles.title}>{title}</h1>
          {badges}
        </div>
        {description ? <p className={styles.description}>{description}</p> : null}
      </div>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </header>
  );
}
