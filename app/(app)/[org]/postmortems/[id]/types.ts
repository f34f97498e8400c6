import type { PostmortemDocument } from "@/lib/postmortems/core/document";
import type { Dismissal } from "@/lib/postmortems/core/flags";

export type SectionView = PostmortemDocument["sections"][number];
export type CommentView = {
  id: string;
  sectionKey: string;
  revision: number;
  author: string;
  body: string;
  createdAt: string;
  resolvedAt: string | null;
};
export type DismissalView = Dismissal & { createdAt: string };
export type MemberOption = { id: string; name: string; role: string };
