// Server-safe theme constants and the pre-paint script. Keep free of "use client" so that
// server components (the root layout) receive real values, not client references.

export type ThemePreference = "light" | "dark" | "system";

export const THEME_PREFERENCES: readonly ThemePreference[] = ["light", "dark", "system"];

/** localStorage key and cookie name (same string). */
export const THEME_STORAGE_KEY = "vigil-theme";
export const THEME_COOKIE_NAME = "vigil-theme";

export function parseThemePreference(value: string | null | undefined): ThemePreference {
  return value === "light" || value === "dark" ? value : "system";
}

/**
 * Value for `<html data-theme>` when rendering on the server from the cookie:
 * `undefined` means "system" (CSS follows prefers-color-scheme).
 */
export function themeAttributeFromCookie(cookieValue: string | null | undefined): "light" | "dark" | undefined {
  const preference = parseThemePreference(cookieValue);
  return preference === "system" ? undefined : preference;
}

/**
 * Inline script for <head>: applies the saved theme before first paint (no flash).
 * localStorage wins, the cookie is the fallback (e.g. storage blocked).
 * Usage: <script dangerouslySetInnerHTML={{ __html: themeInitScript }} /> and
 * <html suppressHydrationWarning> because the script edits the attribute before hydration.
 */
export const themeInitScript = `(function(){try{var d=document.documentElement,t=null;try{t=localStorage.getItem(${JSON.stringify(
  THEME_STORAGE_KEY,
)})}catch(e){}if(!t){var m=document.cookie.match(/(?:^|;\\s*)${THEME_COOKIE_NAME}=([^;]*)/);t=m?decodeURIComponent(m[1]):null}if(t==="light"||t==="dark")d.setAttribute("data-theme",t);else d.removeAttribute("data-theme")}catch(e){}})();`;
