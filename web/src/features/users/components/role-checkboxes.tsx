import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { useT } from '../../../lib/i18n.ts';
import { roles, type Role } from '../../../lib/roles.ts';

/** One checkbox per role, grouped under a legend; `idPrefix` makes each input's id unique. */
export function RoleCheckboxes({
  idPrefix,
  legend,
  description,
  value,
  onChange,
  error,
}: {
  idPrefix: string;
  legend: string;
  description?: string;
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string;
}) {
  const t = useT();
  const toggle = (role: Role, checked: boolean) =>
    onChange(
      checked ? roles.filter((r) => r === role || value.includes(r)) : value.filter((r) => r !== role),
    );
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {roles.map((role) => (
        <Checkbox
          key={role}
          id={`${idPrefix}-${role}`}
          label={t(`role.${role}`)}
          value={role}
          checked={value.includes(role)}
          onChange={(event) => toggle(role, event.target.checked)}
        />
      ))}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
