import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { membershipRoles, type MembershipRole } from '../../../../../common/organisation.ts';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import type { PersonForAdministrators } from '../../../lib/api-types.ts';
import { useT } from '../../../lib/i18n.ts';
import { roleLabel } from './labels.ts';

/** How a person is named in a picker: with their party, which tells namesakes apart. */
export function personOptionLabel(person: Pick<PersonForAdministrators, 'name' | 'party'>): string {
  return person.party ? `${person.name} (${person.party})` : person.name;
}

export function isMembershipRole(value: string): value is MembershipRole {
  return (membershipRoles as readonly string[]).includes(value);
}

export function PersonSelect({
  id,
  label,
  persons,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  persons: PersonForAdministrators[];
  value: string;
  onChange: (personId: string) => void;
  error?: string;
}) {
  const t = useT();
  return (
    <Field>
      <Label>{label}</Label>
      <Select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
      >
        <Select.Option value="">{t('web.org.comp.person_choose')}</Select.Option>
        {persons.map((person) => (
          <Select.Option key={person.id} value={person.id}>
            {personOptionLabel(person)}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

export function RoleSelect({
  id,
  jurisdiction,
  value,
  onChange,
  roles = membershipRoles,
}: {
  id: string;
  jurisdiction: Jurisdiction;
  value: MembershipRole;
  onChange: (role: MembershipRole) => void;
  roles?: readonly MembershipRole[];
}) {
  const t = useT();
  return (
    <Field>
      <Label>{t('web.org.role')}</Label>
      <Select
        id={id}
        value={value}
        onChange={(event) => {
          if (isMembershipRole(event.target.value)) onChange(event.target.value);
        }}
      >
        {roles.map((role) => (
          <Select.Option key={role} value={role}>
            {roleLabel(t, role, jurisdiction)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
