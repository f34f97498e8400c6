import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

// Outgoing email over SMTP (SMTP_URL, SMTP_FROM). One transport per process, pooled, so a burst
// of notifications reuses connections instead of opening one per message.
export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** RFC 8058 one-click unsubscribe: sets List-Unsubscribe and List-Unsubscribe-Post. */
  unsubscribeUrl?: string;
  /** Threads a message with earlier ones about the same incident (References / In-Reply-To). */
  threadId?: string;
};

const globalForMail = globalThis as unknown as { vigilMailer?: Transporter };

export const emailEnabled = () => Boolean(env().SMTP_URL);

function transport(): Transporter {
  const url = env().SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set: email is switched off.");
  // nodemailer reads a URL's options from its query string; pooling unless SMTP_URL says otherwise.
  const withPool = new URL(url);
  if (!withPool.searchParams.has("pool")) withPool.searchParams.set("pool", "true");
  globalForMail.vigilMailer ??= nodemailer.createTransport(withPool.toString());
  return globalForMail.vigilMailer;
}

export async function sendMail(mail: Mail): Promise<void> {
  await transport().sendMail({
    from: env().SMTP_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    ...(mail.unsubscribeUrl ? { list: { unsubscribe: { url: mail.unsubscribeUrl, comment: "Unsubscribe" } } } : {}),
    headers: {
      ...(mail.unsubscribeUrl ? { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : {}),
      ...(mail.threadId ? { References: `<${mail.threadId}>`, "In-Reply-To": `<${mail.threadId}>` } : {}),
    },
  });
}

/** Closes the pooled connections (tests, shutdown). */
export function closeMailer(): void {
  globalForMail.vigilMailer?.close();
  globalForMail.vigilMailer = undefined;
}
