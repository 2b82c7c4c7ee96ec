/** English messages: ICU MessageFormat. Every key must exist in sv, nb and nn with the same placeholders. */
export const en = {
  'error.NOT_FOUND': 'Not found.',
  'error.VALIDATION': 'The input is not valid: {count, plural, one {# problem} other {# problems}}.',
  'error.FORBIDDEN': 'You do not have permission to do this.',
  'error.UNAUTHENTICATED': 'You need to sign in.',
  'error.CONFLICT': 'Someone else changed this in the meantime. Reload and try again.',
  'error.RULE_VIOLATION': 'This is not allowed: {rule}.',
  'error.RATE_LIMITED':
    'Too many attempts. Try again in {seconds, plural, one {# second} other {# seconds}}.',
  'error.INTERNAL': 'Something went wrong on our side. The error has been logged with reference {requestId}.',
  'error.PAYLOAD_TOO_LARGE': 'The request is too large.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'The request has a content type that is not supported.',
  'error.BAD_REQUEST': 'The request could not be read.',
  'error.route_not_found': 'There is no such address: {method} {url}.',
  'error.csrf': 'The form has expired or came from another site. Reload the page and try again.',
  'error.sign_in_failed': 'The e-mail address or password is wrong.',
  'error.sign_in_locked':
    'Too many failed attempts. The account is locked for {minutes, plural, one {# minute} other {# minutes}}.',
  'error.oidc_failed': 'Sign-in with {provider} failed. Try again.',
  'error.oidc_no_provider': 'This municipality has no such sign-in service.',
  'error.municipality_not_found': 'There is no municipality with that address.',
  'error.no_role_here': 'You have no role in {municipality}.',
  'error.token_role_not_held': 'You can only give a token a role you hold yourself.',
  'error.password_too_weak': 'The password must be at least {min} characters long.',
  'error.email_taken': 'An account with that e-mail address already exists.',
  'error.role_already_held': 'The user already has that role here.',
  'error.last_administrator': 'The municipality must keep at least one administrator.',
  'error.code_format':
    '{jurisdiction, select, se {A Swedish municipality code has 4 digits (SCB).} other {A Norwegian kommunenummer has 4 digits.}}',
  'error.gender_balance':
    'Each gender must have at least {required} of the {seats} members{list, select, none {} other { of the list {list}}} ({source}). The composition has {women} women and {men} men.',
  'error.election_method_required':
    'State how the body was elected, proportionally or by agreement: the gender rule depends on it ({source}).',
  'error.body_name_taken': 'There is already a body named {name}.',
  'error.second_chair': '{name} already chairs this body in that period. A body has one chair at a time.',
  'error.overlapping_membership': '{name} already has a membership in this body that overlaps that period.',
  'error.director_exists':
    '{name} is already the director. A municipality has one director at a time ({source}).',
  'error.director_instruction':
    "The director's instruction must be named: the board or council sets the director's role in it ({source}).",
  'error.body_ended': '{name} closed on {date}; no one can be appointed to it.',
  'error.task_committee_fields':
    'A task committee needs a written mandate, a start date, an end date and its powers.',
  'error.parent_invalid':
    'That parent does not fit: political bodies sit under political bodies, and units under the administration.',
  'error.composition_exists':
    'The body already has members in this term from another date. Change them one at a time.',
  'error.term_overlap': 'Terms of office may not overlap ({name}).',
  'error.not_substitute': 'Only a substitute can move up to a seat.',
  'error.membership_already_ended': 'This membership has already ended.',
  'error.person_in_use': 'The person cannot be found in this municipality.',
  'error.date_outside_term': 'The date {date} is outside the term {term}.',
  'import.missing_column': 'The column {column} is missing.',
  'import.required': 'A value is required.',
  'import.invalid': '“{value}” is not valid here: {expected}.',
  'import.unknown_term': 'There is no term named “{value}”; add it first or give its years as 2022–2026.',
  'import.no_rows': 'The file has no rows.',
  'import.unreadable': 'The file could not be read as {format}.',
  'import.rule': '{message}',
  'role.administrator': 'Administrator',
  'role.secretary': 'Secretary',
  'role.official': 'Case officer',
  'role.director': 'Director',
  'role.politician': 'Elected member',
  'role.security_officer': 'Security officer',
  'role.citizen': 'Citizen',
  'jurisdiction.se': 'Sweden',
  'jurisdiction.no': 'Norway',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
