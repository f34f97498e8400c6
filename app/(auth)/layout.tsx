import type { ReactNode } from "react";
import styles from "./auth.module.css";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className={styles.page}>
      <div className={styles.panel}>
        <p className={styles.brand} aria-hidden="true">
          Vigil
        </p>
        {children}
      </div>
    </main>
  );
}
