import type { Messages } from './en.ts';

export const sv: Messages = {
  'error.NOT_FOUND': 'Hittades inte.',
  'error.VALIDATION': 'Uppgifterna är inte giltiga: {count, plural, one {# fel} other {# fel}}.',
  'error.FORBIDDEN': 'Du har inte behörighet att göra detta.',
  'error.UNAUTHENTICATED': 'Du behöver logga in.',
  'error.CONFLICT': 'Någon annan har ändrat detta under tiden. Ladda om och försök igen.',
  'error.RULE_VIOLATION': 'Detta är inte tillåtet: {rule}.',
  'error.RATE_LIMITED':
    'För många försök. Försök igen om {seconds, plural, one {# sekund} other {# sekunder}}.',
  'error.INTERNAL': 'Något gick fel hos oss. Felet har loggats med referens {requestId}.',
  'error.PAYLOAD_TOO_LARGE': 'Begäran är för stor.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'Begäran har ett innehållsformat som inte stöds.',
  'error.BAD_REQUEST': 'Begäran kunde inte läsas.',
  'error.route_not_found': 'Adressen finns inte: {method} {url}.',
  'error.csrf': 'Formuläret har gått ut eller kom från en annan webbplats. Ladda om sidan och försök igen.',
  'error.sign_in_failed': 'E-postadressen eller lösenordet är fel.',
  'error.sign_in_locked':
    'För många misslyckade försök. Kontot är låst i {minutes, plural, one {# minut} other {# minuter}}.',
  'error.oidc_failed': 'Inloggningen med {provider} misslyckades. Försök igen.',
  'error.oidc_no_provider': 'Kommunen har ingen sådan inloggningstjänst.',
  'error.municipality_not_found': 'Det finns ingen kommun med den adressen.',
  'error.no_role_here': 'Du har ingen roll i {municipality}.',
  'error.token_role_not_held': 'Du kan bara ge en token en roll som du själv har.',
  'error.password_too_weak': 'Lösenordet måste vara minst {min} tecken långt.',
  'error.email_taken': 'Det finns redan ett konto med den e-postadressen.',
  'error.role_already_held': 'Användaren har redan den rollen här.',
  'error.last_administrator': 'Kommunen måste ha kvar minst en administratör.',
  'error.code_format':
    '{jurisdiction, select, se {En svensk kommunkod har 4 siffror (SCB).} other {Ett norskt kommunenummer har 4 siffror.}}',
  'error.gender_balance':
    'Varje kön måste ha minst {required} av de {seats} ledamöterna{list, select, none {} other { på listan {list}}} ({source}). Sammansättningen har {women} kvinnor och {men} män.',
  'error.election_method_required':
    'Ange hur organet valdes, proportionellt eller genom avtalsval: könsbalansregeln beror på det ({source}).',
  'error.body_name_taken': 'Det finns redan ett organ som heter {name}.',
  'error.second_chair':
    '{name} är redan ordförande i organet under den perioden. Ett organ har en ordförande åt gången.',
  'error.overlapping_membership': '{name} har redan ett uppdrag i organet som överlappar den perioden.',
  'error.director_exists':
    '{name} är redan kommundirektör. En kommun har en kommundirektör åt gången ({source}).',
  'error.director_instruction':
    'Kommundirektörens instruktion måste anges: styrelsen eller fullmäktige bestämmer rollen i den ({source}).',
  'error.body_ended': '{name} upphörde {date}; ingen kan väljas in i det.',
  'error.task_committee_fields':
    'En tillfällig beredning behöver ett skriftligt uppdrag, ett start- och ett slutdatum och sina befogenheter.',
  'error.parent_invalid':
    'Det överordnade organet passar inte: politiska organ ligger under politiska organ och enheter under förvaltningen.',
  'error.composition_exists':
    'Organet har redan ledamöter i mandatperioden från ett annat datum. Ändra dem en i taget.',
  'error.term_overlap': 'Mandatperioder får inte överlappa ({name}).',
  'error.not_substitute': 'Bara en ersättare kan gå in som ledamot.',
  'error.membership_already_ended': 'Uppdraget har redan upphört.',
  'error.person_in_use': 'Personen finns inte i den här kommunen.',
  'error.date_outside_term': 'Datumet {date} ligger utanför mandatperioden {term}.',
  'import.missing_column': 'Kolumnen {column} saknas.',
  'import.required': 'Ett värde krävs.',
  'import.invalid': '”{value}” är inte giltigt här: {expected}.',
  'import.unknown_term':
    'Det finns ingen mandatperiod som heter ”{value}”; lägg till den först eller ange åren som 2022–2026.',
  'import.no_rows': 'Filen har inga rader.',
  'import.unreadable': 'Filen kunde inte läsas som {format}.',
  'import.rule': '{message}',
  'role.administrator': 'Administratör',
  'role.secretary': 'Nämndsekreterare',
  'role.official': 'Handläggare',
  'role.director': 'Kommundirektör',
  'role.politician': 'Förtroendevald',
  'role.security_officer': 'Säkerhetsansvarig',
  'role.citizen': 'Medborgare',
  'jurisdiction.se': 'Sverige',
  'jurisdiction.no': 'Norge',
};
