import { Dropdown } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Membership } from '../../lib/api-types.ts';
import { useT } from '../../lib/i18n.ts';

/** For people with roles in several municipalities: go to another one's start page. */
export function MunicipalitySwitcher({
  memberships,
  currentSlug,
}: {
  memberships: Membership[];
  currentSlug: string | undefined;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const current = memberships.find((m) => m.slug === currentSlug);
  return (
    <Dropdown.TriggerContext>
      <Dropdown.Trigger ref={triggerRef} variant="tertiary" data-size="sm" aria-expanded={open}>
        {t('web.header.municipality')}: {current ? current.name : t('web.header.municipality_choose')}
      </Dropdown.Trigger>
      <Dropdown
        open={open}
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
        placement="bottom-end"
      >
        <Dropdown.List>
          {memberships.map((membership) => (
            <Dropdown.Item key={membership.slug}>
              <Dropdown.Button asChild>
                <RouterLink
                  to={`/m/${membership.slug}/home`}
                  aria-current={membership.slug === currentSlug ? 'true' : undefined}
                  onClick={() => {
                    // The link goes with the menu; the page's h1 takes focus once the new page is in.
                    setOpen(false);
                    triggerRef.current?.focus();
                  }}
                >
                  <span aria-hidden="true" className="check">
                    {membership.slug === currentSlug ? '✓' : ''}
                  </span>
                  {membership.name}
                </RouterLink>
              </Dropdown.Button>
            </Dropdown.Item>
          ))}
        </Dropdown.List>
      </Dropdown>
    </Dropdown.TriggerContext>
  );
}
