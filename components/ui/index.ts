export { Alert, Callout, type AlertProps, type AlertTone, type CalloutProps } from "./Alert";
export { Avatar, initials, type AvatarProps } from "./Avatar";
export {
  Badge,
  IncidentStatusBadge,
  SeverityBadge,
  incidentStatusTone,
  severityTone,
  type BadgeProps,
  type BadgeTone,
  type IncidentStatus,
  type IncidentStatusBadgeProps,
  type Severity,
  type SeverityBadgeProps,
  type SeverityTone,
  type StatusTone,
} from "./Badge";
export {
  Button,
  LinkButton,
  buttonClassName,
  type ButtonProps,
  type ButtonSize,
  type ButtonVariant,
  type LinkButtonProps,
} from "./Button";
export { Card, type CardProps } from "./Card";
export { Checkbox, type CheckboxProps } from "./Checkbox";
export { cx } from "./cx";
export { Dialog, type DialogProps } from "./Dialog";
export { EmptyState, type EmptyStateProps } from "./EmptyState";
export { Field, type FieldControlProps, type FieldProps } from "./Field";
export { Input, type InputProps } from "./Input";
export { Kbd, KeyCombo, type KbdProps, type KeyComboProps } from "./Kbd";
export { Label, type LabelProps } from "./Label";
export { PageHeader, type PageHeaderProps } from "./PageHeader";
export { Select, type SelectOption, type SelectProps } from "./Select";
export { Spinner, type SpinnerProps } from "./Spinner";
export { SubmitButton, type SubmitButtonProps } from "./SubmitButton";
export {
  TBody,
  THead,
  Table,
  Td,
  Th,
  Tr,
  type SortDirection,
  type TableProps,
  type TdProps,
  type ThProps,
} from "./Table";
export { Tabs, type TabItem, type TabsProps } from "./Tabs";
export { Textarea, type TextareaProps } from "./Textarea";
export { VisuallyHidden, type VisuallyHiddenProps } from "./VisuallyHidden";
