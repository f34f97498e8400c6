"use client";

import { useActionState } from "react";
import { Button, Field, Textarea } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { commentAction } from "./actions";
import type { CommentView } from "./types";
import { useRefreshAfter } from "./use-refresh-after";
import styles from "./Postmortem.module.css";

/** Review comments on one section; resolving keeps them, greyed. */
export function SectionComments({
  org,
  id,
  sectionKey,
  comments,
  canWrite,
}: {
  org: string;
  id: string;
  sectionKey: string;
  comments: CommentView[];
  canWrite: boolean;
}) {
  const [state, action, pending] = useActionState(commentAction.bind(null, org, id), {} as ActionState);
  useRefreshAfter(state);
  const open = comments.filter((c) => !c.resolvedAt).length;
  return (
    <details className={styles.comments} open={open > 0}>
      <summary>
        Comments ({open} open{comments.length > open ? `, ${comments.length - open} resolved` : ""})
      </summary>
      <ul className="stack" data-gap="2">
        {comments.map((c) => (
          <li key={c.id} className={styles.comment} data-resolved={c.resolvedAt ? "true" : undefined}>
            <div className="muted">
              {c.author} · {c.createdAt.slice(0, 16).replace("T", " ")} UTC · revision {c.revision}
            </div>
            <div>{c.body}</div>
            {canWrite && !c.resolvedAt ? (
              <form action={action}>
                <input type="hidden" name="op" value="resolve" />
                <input type="hidden" name="commentId" value={c.id} />
                <Button size="sm" variant="ghost" type="submit">
                  Resolve
                </Button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {canWrite ? (
        <form action={action} className="stack" data-gap="2">
          <input type="hidden" name="sectionKey" value={sectionKey} />
          <Field
            label="Comment on this section"
            error={state.fieldErrors?.body ?? (state.ok === false ? state.message : undefined)}
          >
            <Textarea name="body" rows={2} required />
          </Field>
          <div>
            <Button size="sm" type="submit" pending={pending}>
              Add comment
            </Button>
          </div>
        </form>
      ) : null}
    </details>
  );
}
