import Link from "next/link";
import { useId, type HTMLAttributes, type ReactNode, type TdHTMLAttributes, type ThHTMLAttributes } from "react";
import { cx } from "./cx";
import styles from "./Table.module.css";
import { VisuallyHidden } from "./VisuallyHidden";

export type TableProps = HTMLAttributes<HTMLTableElement> & {
  /** Names the table; also makes the horizontal scroll area focusable and labelled. */
  caption?: ReactNode;
  hideCaption?: boolean;
  density?: "comfortable" | "compact";
  stickyHeader?: boolean;
};

export function Table({
  caption,
  hideCaption = false,
  density = "comfortable",
  stickyHeader = false,
  className,
  children,
  ...rest
}: TableProps) {
  const captionId = useId();
  const hasCaption = caption !== undefined;
  return (
    // A scrollable region has to be reachable by keyboard, and a tab stop needs a name.
    <div
      className={cx(styles.wrap, stickyHeader && styles.scrollY)}
      role={hasCaption ? "region" : undefined}
      aria-labelledby={hasCaption ? captionId : undefined}
      tabIndex={hasCaption ? 0 : undefined}
    >
      <table
        className={cx(styles.table, density === "compact" && styles.compact, stickyHeader && styles.sticky, className)}
        {...rest}
      >
        {hasCaption ? (
          <caption id={captionId} className={styles.caption}>
            {hideCaption ? <VisuallyHidden>{caption}</VisuallyHidden> : caption}
          </caption>
        ) : null}
        {children}
      </table>
    </div>
  );
}

export function THead(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead {...props} />;
}

export function TBody({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cx(styles.tbody, className)} {...rest} />;
}

export function Tr({ className, ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cx(styles.tr, className)} {...rest} />;
}

export type SortDirection = "ascending" | "descending" | "none";

export type ThProps = ThHTMLAttributes<HTMLTableCellElement> & {
  numeric?: boolean;
  /** Current sort of this column. Setting it (with onSort or sortHref) makes the header a control. */
  sort?: SortDirection;
  /** Client-side sorting: called when the header button is pressed. */
  onSort?: () => void;
  /** Server-side sorting: link to the URL that applies the next sort (works without JS). */
  sortHref?: string;
};

export function Th({ numeric = false, sort, onSort, sortHref, scope = "col", className, children, ...rest }: ThProps) {
  const sortable = sort !== undefined && (onSort !== undefined || sortHref !== undefined);
  const content = sortable ? (
    sortHref !== undefined ? (
      <Link href={sortHref} className={styles.sortControl} scroll={false}>
        {children}
        <SortIcon direction={sort} />
      </Link>
    ) : (
      <button type="button" className={styles.sortControl} onClick={onSort}>
        {children}
        <SortIcon direction={sort} />
      </button>
    )
  ) : (
    children
  );
  return (
    <th
      scope={scope}
      aria-sort={sort === "ascending" || sort === "descending" ? sort : undefined}
      className={cx(styles.th, numeric && styles.numeric, className)}
      {...rest}
    >
      {content}
    </th>
  );
}

export type TdProps = TdHTMLAttributes<HTMLTableCellElement> & {
  numeric?: boolean;
  mono?: boolean;
  /** Single line with ellipsis; pair with `title` so the full text is reachable. */
  truncate?: boolean;
};

export function Td({ numeric = false, mono = false, truncate = false, className, ...rest }: TdProps) {
  return (
    <td
      className={cx(styles.td, numeric && styles.numeric, mono && styles.mono, truncate && styles.truncate, className)}
      {...rest}
    />
  );
}

function SortIcon({ direction }: { direction: SortDirection }) {
  const path =
    direction === "ascending"
      ? "M4 10l4-4 4 4"
      : direction === "descending"
        ? "M4 6l4 4 4-4"
        : "M5 6.5L8 3.5l3 3M5 9.5l3 3 3-3";
  return (
    <svg className={styles.sortIcon} width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d={path}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
