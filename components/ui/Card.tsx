import { useId, type HTMLAttributes, type ReactNode } from "react";
import { cx } from "./cx";
import styles from "./Card.module.css";

export type CardProps = Omit<HTMLAttributes<HTMLElement>, "title"> & {
  title?: ReactNode;
  description?: ReactNode;
  /** Buttons or links shown at the right of the header. */
  actions?: ReactNode;
  footer?: ReactNode;
  /** Heading level for `title`; pick the one that fits the page outline. */
  headingLevel?: 2 | 3 | 4;
  /** Remove body padding, e.g. when the body is a Table. */
  flush?: boolean;
  as?: "section" | "article" | "div";
};

export function Card({
  title,
  description,
  actions,
  footer,
  headingLevel = 2,
  flush = false,
  as: Element = "section",
  className,
  children,
  ...rest
}: CardProps) {
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  const hasHeader = title !== undefined || actions !== undefined;
  return (
    <Element
      className={cx(styles.card, className)}
      aria-labelledby={title !== undefined && Element !== "div" ? titleId : undefined}
      {...rest}
    >
      {hasHeader ? (
        <header className={styles.header}>
          <div className={styles.titles}>
            {title !== undefined ? (
              <Heading id={titleId} className={styles.title}>
                {title}
              </Heading>
            ) : null}
            {description !== undefined ? <p className={styles.description}>{description}</p> : null}
          </div>
          {actions !== undefined ? <div className={styles.actions}>{actions}</div> : null}
        </header>
      ) : null}
      <div className={cx(styles.body, flush && styles.flush)}>{children}</div>
      {footer !== undefined ? <footer className={styles.footer}>{footer}</footer> : null}
    </Element>
  );
}
