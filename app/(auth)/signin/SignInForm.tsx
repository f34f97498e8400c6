"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, Button, Field, Input } from "@/components/ui";
import styles from "../auth.module.css";

export function SignInForm({
  callbackUrl,
  providers,
  initialError,
}: {
  callbackUrl: string;
  providers: { id: string; name: string }[];
  initialError?: string | undefined;
}) {
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    setError(
      result?.error && result.error !== "CredentialsSignin"
        ? result.error
        : "That email and password do not match an account.",
    );
  }

  return (
    <form onSubmit={onSubmit} className="stack" noValidate={false}>
      {error ? <Alert tone="critical">{error}</Alert> : null}
      <Field label="Email">
        <Input name="email" type="email" autoComplete="username" required autoFocus />
      </Field>
      <Field label="Password">
        <Input name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" variant="primary" pending={pending} pendingLabel="Signing in…" fullWidth>
        Sign in
      </Button>
      {providers.length ? (
        <div className={styles.providers}>
          {providers.map((p) => (
            <Button key={p.id} onClick={() => signIn(p.id, { callbackUrl })} fullWidth>
              Continue with {p.name}
            </Button>
          ))}
        </div>
      ) : null}
    </form>
  );
}
