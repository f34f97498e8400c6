import ReactMarkdown, { defaultUrlTransform } from "react-markdown";
import remarkGfm from "remark-gfm";
import styles from "./Postmortem.module.css";

/**
 * Post-mortem Markdown, rendered safely: raw HTML is dropped (never parsed into the page) and
 * link targets other than http(s), mailto and relative ones are removed.
 */
export function Markdown({ text, empty = "Not written yet." }: { text: string; empty?: string }) {
  if (!text.trim()) return <p className="muted">{empty}</p>;
  return (
    <div className={styles.prose}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        urlTransform={(url) => defaultUrlTransform(url)}
        components={{
          a: ({ href, children }) => (
            <a href={href} rel="noopener noreferrer nofollow">
              {children}
            </a>
          ),
        }}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
