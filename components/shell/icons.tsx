// Minimal 16px stroke icons; always decorative (aria-hidden), the adjacent text carries meaning.
import type { ReactNode } from "react";
import type { NavSectionId } from "./nav";

function Icon({ children, size = 16 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const OverviewIcon = () => (
  <Icon>
    <rect x="2" y="2" width="5" height="5" rx="1" />
    <rect x="9" y="2" width="5" height="5" rx="1" />
    <rect x="2" y="9" width="5" height="5" rx="1" />
    <rect x="9" y="9" width="5" height="5" rx="1" />
  </Icon>
);

export const ServicesIcon = () => (
  <Icon>
    <rect x="2" y="2.5" width="12" height="4.5" rx="1" />
    <rect x="2" y="9" width="12" height="4.5" rx="1" />
    <path d="M4.5 4.75h.01M4.5 11.25h.01" />
  </Icon>
);

export const SlosIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="6" />
    <circle cx="8" cy="8" r="3" />
    <path d="M8 8h.01" />
  </Icon>
);

export const IncidentsIcon = () => (
  <Icon>
    <path d="M8 1.75L14.5 13.5h-13L8 1.75z" />
    <path d="M8 6v3.5M8 11.5v.01" />
  </Icon>
);

export const PostmortemsIcon = () => (
  <Icon>
    <path d="M4 1.75h5.5L12.5 4.75v9.5H4z" />
    <path d="M9.5 1.75v3h3M6 8h4.5M6 10.75h4.5" />
  </Icon>
);

export const StatusPagesIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="6" />
    <path d="M2 8h12M8 2c1.75 1.75 2.5 3.75 2.5 6S9.75 12.25 8 14C6.25 12.25 5.5 10.25 5.5 8S6.25 3.75 8 2z" />
  </Icon>
);

export const SettingsIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="2.25" />
    <path d="M8 1.75v1.5M8 12.75v1.5M1.75 8h1.5M12.75 8h1.5M3.6 3.6l1.05 1.05M11.35 11.35l1.05 1.05M3.6 12.4l1.05-1.05M11.35 4.65l1.05-1.05" />
  </Icon>
);

export const SearchIcon = () => (
  <Icon>
    <circle cx="7" cy="7" r="4.5" />
    <path d="M10.5 10.5L14 14" />
  </Icon>
);

export const MenuIcon = () => (
  <Icon size={18}>
    <path d="M2.5 4h11M2.5 8h11M2.5 12h11" />
  </Icon>
);

export const CloseIcon = () => (
  <Icon size={18}>
    <path d="M4 4l8 8M12 4l-8 8" />
  </Icon>
);

export const ChevronUpDownIcon = () => (
  <Icon>
    <path d="M5 6l3-3 3 3M5 10l3 3 3-3" />
  </Icon>
);

export const CheckIcon = () => (
  <Icon>
    <path d="M3.5 8.5l3 3 6-7" />
  </Icon>
);

export const SunIcon = () => (
  <Icon size={14}>
    <circle cx="8" cy="8" r="3" />
    <path d="M8 1.5v1.25M8 13.25v1.25M1.5 8h1.25M13.25 8h1.25M3.4 3.4l.9.9M11.7 11.7l.9.9M3.4 12.6l.9-.9M11.7 4.3l.9-.9" />
  </Icon>
);

export const MoonIcon = () => (
  <Icon size={14}>
    <path d="M13.5 9.5A5.75 5.75 0 016.5 2.5a5.75 5.75 0 107 7z" />
  </Icon>
);

export const SystemIcon = () => (
  <Icon size={14}>
    <rect x="1.75" y="2.5" width="12.5" height="8.5" rx="1" />
    <path d="M5.5 14h5M8 11v3" />
  </Icon>
);

export const PlusIcon = () => (
  <Icon>
    <path d="M8 3v10M3 8h10" />
  </Icon>
);

export const KeyboardIcon = () => (
  <Icon>
    <rect x="1.5" y="4" width="13" height="8.5" rx="1.25" />
    <path d="M4 7h.01M6.5 7h.01M9 7h.01M11.5 7h.01M5 10h6" />
  </Icon>
);

export const ArrowRightIcon = () => (
  <Icon>
    <path d="M3 8h10M9 4l4 4-4 4" />
  </Icon>
);

export function NavIcon({ id }: { id: NavSectionId }) {
  switch (id) {
    case "overview":
      return <OverviewIcon />;
    case "services":
      return <ServicesIcon />;
    case "slos":
      return <SlosIcon />;
    case "incidents":
      return <IncidentsIcon />;
    case "postmortems":
      return <PostmortemsIcon />;
    case "status-pages":
      return <StatusPagesIcon />;
    case "settings":
      return <SettingsIcon />;
  }
}
