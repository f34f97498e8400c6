"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { Alert, Badge, Button, Field, Textarea } from "@/components/ui";
import { Markdown } from "@/components/postmortems/Markdown";
import { sectionFlags, type SectionFlag } from "@/lib/postmortems/core/flags";
import { compareVersions } from "@/lib/postmortems/core/sections";
import { dismissFlagAction, saveSectionAction, type SaveSectionResult } from "./actions";
import { SectionComments } from "./SectionComments";
import type { CommentView, DismissalView, SectionView } from "./types";
import styles from "./Postmortem.module.css";

type Props = {
  org: string;
  id: string;
  section: SectionView;
  editable: boolean;
  canWrite: boolean;
  people: string[];
  dismissals: DismissalView[];
  comments: CommentView[];
  children?: React.ReactNode;
};

/**
 * One section: read as rendered Markdown, edit as Markdown with the blameless checker running on
 * every keystroke. Saving sends the version editing started from; if someone saved meanwhile,
 * both texts are shown and nothing is lost.
 */
export function SectionEditor({ org, id, section, editable, canWrite, people, dismissals, comments, children }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(section.body);
  const [base, setBase] = useState(section.version);
  const [preview, setPreview] = useState(false);
  const [result, setResult] = useState<SaveSectionResult | null>(null);
  const [pending, start] = useTransition();
  const router = useRouter();
  const shown = editing ? text : section.body;
  const flags = useMemo(
    () => sectionFlags(section.key, shown, dismissals, people),
    [section.key, shown, dismissals, people],
  );
  const open = flags.filter((f) => !f.dismissal);

  const begin = () => {
    setText(section.body);
    setBase(section.version);
    setResult(null);
    setEditing(true);
  };
  const save = (body: string, from: number) =>
    start(async () => {
      const r = await saveSectionAction(org, id, section.key, from, body);
      setResult(r);
      if (r.ok) {
        setEditing(false);
        router.refresh();
      }
    });

  return (
    <section
      className={styles.section}
      aria-labelledby={`section-${section.key}`}
      data-testid={`section-${section.key}`}
    >
      <div className="row" data-justify="between">
        <h2 id={`section-${section.key}`} className={styles.sectionTitle}>
          {section.title}
        </h2>
        <div className="row">
          {open.length ? (
            <Badge tone="warn" data-testid={`flags-count-${section.key}`}>
              {open.length} blameless flag{open.length === 1 ? "" : "s"}
            </Badge>
          ) : null}
          <span className="muted">
            v{section.version}
            {section.updatedBy ? ` · ${section.updatedBy}` : ""}
          </span>
          <Link href={`/${org}/postmortems/${id}/history?section=${section.key}`} prefetch={false}>
            History
          </Link>
          {canWrite && editable && !editing ? (
            <Button size="sm" onClick={begin}>
              Edit {section.title}
            </Button>
          ) : null}
        </div>
      </div>
      {section.guidance && editing ? <p className="muted">{section.guidance}</p> : null}
      {editing && !result?.conflict && section.version !== base ? (
        <Alert tone="warn">
          {section.updatedBy ?? "Someone"} saved version {section.version} while you were writing. Saving will show both
          versions so you can merge.
        </Alert>
      ) : null}
      {result?.conflict ? (
        <Conflict
          conflict={result.conflict}
          onMerge={() => {
            setText(result.conflict!.yours);
            setBase(result.conflict!.theirs.version);
            setResult(null);
            setEditing(true);
          }}
          onTakeTheirs={() => {
            setText(result.conflict!.theirs.body);
            setBase(result.conflict!.theirs.version);
            setResult(null);
            setEditing(false);
          }}
          onOverwrite={() => save(result.conflict!.yours, result.conflict!.theirs.version)}
        />
      ) : result && !result.ok ? (
        <Alert tone="critical">{result.message}</Alert>
      ) : null}
      {editing ? (
        <div className="stack">
          <div className="row">
            <Button
              size="sm"
              variant={preview ? "secondary" : "primary"}
              aria-pressed={!preview}
              onClick={() => setPreview(false)}
            >
              Write
            </Button>
            <Button
              size="sm"
              variant={preview ? "primary" : "secondary"}
              aria-pressed={preview}
              onClick={() => setPreview(true)}
            >
              Preview
            </Button>
          </div>
          {preview ? (
            <Markdown text={text} />
          ) : (
            <Field
              label={`${section.title} (Markdown)`}
              hint="Markdown: **bold**, lists, links, tables. HTML is not rendered."
            >
              <Textarea
                value={text}
                onChange={(e) => setText(e.target.value)}
                rows={Math.min(24, Math.max(6, text.split("\n").length + 2))}
              />
            </Field>
          )}
          <div className="row">
            <Button variant="primary" pending={pending} onClick={() => save(text, base)}>
              Save {section.title}
            </Button>
            <Button
              onClick={() => {
                setEditing(false);
                setResult(null);
              }}
            >
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Markdown text={section.body} />
      )}
      {children}
      {flags.length ? (
        <Flags
          org={org}
          id={id}
          flags={flags}
          text={shown}
          saved={!editing || text === section.body}
          editable={editable && canWrite}
          onFix={(f) =>
            f.replacement !== undefined && setText(text.slice(0, f.start) + f.replacement + text.slice(f.end))
          }
          canFix={editing}
        />
      ) : null}
      <SectionComments org={org} id={id} sectionKey={section.key} comments={comments} canWrite={canWrite} />
    </section>
  );
}

function Flags({
  org,
  id,
  flags,
  text,
  saved,
  editable,
  canFix,
  onFix,
}: {
  org: string;
  id: string;
  flags: SectionFlag[];
  text: string;
  saved: boolean;
  editable: boolean;
  canFix: boolean;
  onFix: (f: SectionFlag) => void;
}) {
  return (
    <ul className={styles.flags} aria-label="Blameless language" data-testid="blameless-flags">
      {flags.map((f) => (
        <li key={`${f.rule}-${f.start}`} className={styles.flag} data-dismissed={f.dismissal ? "true" : undefined}>
          <div>
            <mark className={styles.flagged}>{text.slice(f.start, f.end)}</mark>{" "}
            <span className="muted">({f.rule})</span>
          </div>
          <div>{f.message}</div>
          <div className="muted">Try: {f.suggestion}</div>
          {f.dismissal ? (
            <div className="muted">
              Kept on purpose by {f.dismissal.dismissedBy}: “{f.dismissal.reason}”
            </div>
          ) : (
            <div className="row">
              {canFix && f.replacement !== undefined ? (
                <Button size="sm" onClick={() => onFix(f)}>
                  Replace with “{f.replacement}”
                </Button>
              ) : null}
              {editable ? <Dismiss org={org} id={id} flag={f} saved={saved} /> : null}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

function Dismiss({ org, id, flag, saved }: { org: string; id: string; flag: SectionFlag; saved: boolean }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const router = useRouter();
  if (!saved) return <span className="muted">Save the section to dismiss flags.</span>;
  if (!open)
    return (
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)}>
        Dismiss…
      </Button>
    );
  return (
    <div className="row">
      <Field label="Why this wording is right">
        <Textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <Button
        size="sm"
        pending={pending}
        onClick={() =>
          start(async () => {
            const r = await dismissFlagAction(org, id, {
              sectionKey: flag.sectionKey,
              rule: flag.rule,
              excerpt: flag.excerpt,
              reason,
            });
            setMessage(r.ok ? null : (r.fieldErrors?.reason?.[0] ?? r.message ?? null));
            if (r.ok) router.refresh();
          })
        }
      >
        Dismiss flag
      </Button>
      {message ? <span className="error-text">{message}</span> : null}
    </div>
  );
}

function Conflict({
  conflict,
  onMerge,
  onTakeTheirs,
  onOverwrite,
}: {
  conflict: NonNullable<SaveSectionResult["conflict"]>;
  onMerge: () => void;
  onTakeTheirs: () => void;
  onOverwrite: () => void;
}) {
  const parts = compareVersions(conflict.theirs.body, conflict.yours);
  return (
    <Alert tone="warn" title="Someone saved this section while you were writing">
      <div className="stack" data-testid="section-conflict">
        <div className={styles.versions}>
          <div>
            <h3>
              Theirs: version {conflict.theirs.version}
              {conflict.theirs.updatedBy ? ` by ${conflict.theirs.updatedBy}` : ""}
            </h3>
            <pre className={styles.plain} data-testid="conflict-theirs">
              {conflict.theirs.body}
            </pre>
          </div>
          <div>
            <h3>Yours (not saved)</h3>
            <pre className={styles.plain} data-testid="conflict-yours">
              {conflict.yours}
            </pre>
          </div>
        </div>
        <details>
          <summary>Differences from theirs to yours</summary>
          <pre className={styles.plain}>
            {parts.map((p, i) =>
              p.kind === "same" ? (
                p.text
              ) : p.kind === "added" ? (
                <ins key={i}>{p.text}</ins>
              ) : (
                <del key={i}>{p.text}</del>
              ),
            )}
          </pre>
        </details>
        <div className="row">
          <Button size="sm" variant="primary" onClick={onMerge}>
            Merge in the editor
          </Button>
          <Button size="sm" onClick={onTakeTheirs}>
            Keep theirs
          </Button>
          <Button size="sm" variant="danger" onClick={onOverwrite}>
            Save mine over theirs
          </Button>
        </div>
      </div>
    </Alert>
  );
}
