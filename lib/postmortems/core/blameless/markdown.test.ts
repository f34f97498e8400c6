import { describe, expect, it } from "vitest";
import { MASK, maskMarkdown } from "./markdown";

/** The visible (unmasked) words of a document. */
function visible(text: string): string {
  return maskMarkdown(text).replaceAll(MASK, " ").replace(/\s+/g, " ").trim();
}

describe("maskMarkdown", () => {
  it("preserves length and line breaks", () => {
    const text = "a `b` 🔥\n```\ncode\n```\n<https://x.y>";
    const masked = maskMarkdown(text);
    expect(masked).toHaveLength(text.length);
    expect([...masked].filter((c) => c === "\n")).toHaveLength(4);
  });

  it("hides code spans, including multi-backtick spans, but not unmatched backticks", () => {
    expect(visible("run `git blame` now")).toBe("run now");
    expect(visible("a ``x ` y`` b")).toBe("a b");
    expect(visible("a `b c")).toBe("a `b c");
    expect(visible("a \\`b` c")).toBe("a \\`b` c");
  });

  it("hides fenced code blocks, including unclosed and quoted ones", () => {
    expect(visible("before\n```js\nhuman error\n```\nafter")).toBe("before after");
    expect(visible("before\n~~~~\nx\n~~~\ny\n~~~~\nafter")).toBe("before after");
    expect(visible("before\n```\nnever closed")).toBe("before");
    expect(visible("> ```\n> quoted code\n> ```\nafter")).toBe("after");
  });

  it("hides indented code after a paragraph but not list continuations", () => {
    expect(visible("para\n\n    code line\n\nafter")).toBe("para after");
    expect(visible("- item\n\n    continued text")).toBe("- item continued text");
  });

  it("hides URLs, link targets, autolinks, HTML tags, code elements and comments", () => {
    expect(visible("see https://example.com/a_b?c=1.")).toBe("see .");
    expect(visible("see www.example.com/lazy")).toBe("see");
    expect(visible('[the runbook](https://x/y "title") now')).toBe("[the runbook now");
    expect(visible("[ref]: https://x/y\ntext")).toBe("text");
    expect(visible("<https://x/y> and <b>bold</b>")).toBe("and bold");
    expect(visible("<pre>human error</pre> ok <!-- note -->")).toBe("ok");
  });
});
