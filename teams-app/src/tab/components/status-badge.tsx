import { Badge, type BadgeProps } from '@fluentui/react-components';

const COLORS: Readonly<Record<string, BadgeProps['color']>> = {
  'Ej påbörjad': 'informative',
  Pågår: 'brand',
  Genomförd: 'success',
  'Delvis genomförd': 'warning',
  Försenad: 'danger',
  Utgår: 'subtle',
  'Ej genomförd': 'severe',
};

/** The status a person set, as its own word (choice values are data, the same in both languages). */
export function StatusBadge({ status }: { status: string }) {
  return (
    <Badge appearance="tint" color={COLORS[status] ?? 'informative'} shape="rounded" data-status={status}>
      {status}
    </Badge>
  );
}
