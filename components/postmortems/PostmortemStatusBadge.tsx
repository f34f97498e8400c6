import { Badge, type BadgeTone } from "@/components/ui";
import { POSTMORTEM_STATUS_LABELS, type PostmortemStatus } from "@/lib/postmortems/core/constants";

const TONES: Record<PostmortemStatus, BadgeTone> = {
  draft: "neutral",
  in_review: "info",
  published: "ok",
  closed: "ok",
};

export function PostmortemStatusBadge({ status, ...rest }: { status: PostmortemStatus; "data-testid"?: string }) {
  return (
    <Badge tone={TONES[status]} dot {...rest}>
      {POSTMORTEM_STATUS_LABELS[status]}
    </Badge>
  );
}
