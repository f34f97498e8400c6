// Server-safe entry point: the root layout imports `themeInitScript` from here and must get the
// real string, which a "use client" module cannot provide. The interactive control lives in
// ThemeToggleClient.tsx.
export { ThemeToggle, type ThemeToggleProps } from "./ThemeToggleClient";
export {
  THEME_COOKIE_NAME,
  THEME_PREFERENCES,
  THEME_STORAGE_KEY,
  parseThemePreference,
  themeAttributeFromCookie,
  themeInitScript,
  type ThemePreference,
} from "./theme";
