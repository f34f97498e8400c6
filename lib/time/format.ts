import { formatDistanceToNowStrict, formatISO9075 } from "date-fns";

export function formatRelative(date: Date): string {
  return `${formatDistanceToNowStrict(date)} ago`;
}

export function formatDateTime(date: Date | null | undefined): string {
  return date ? formatISO9075(date) : "—";
}

export function formatDuration(from: Date, to: Date | null): string {
  const minutes = Math.round(((to ?? new Date()).getTime() - from.getTime()) / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${minutes % 60} min`;
}
