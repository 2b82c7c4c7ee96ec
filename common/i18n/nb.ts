import type { Messages } from './en.ts';

export const nb: Messages = {
  'error.NOT_FOUND': 'Finnes ikke.',
  'error.VALIDATION': 'Opplysningene er ikke gyldige: {count, plural, one {# feil} other {# feil}}.',
  'error.FORBIDDEN': 'Du har ikke tilgang til å gjøre dette.',
  'error.UNAUTHENTICATED': 'Du må logge inn.',
  'error.CONFLICT': 'Noen andre har endret dette i mellomtiden. Last inn på nytt og prøv igjen.',
  'error.RULE_VIOLATION': 'Dette er ikke tillatt: {rule}.',
  'error.RATE_LIMITED':
    'For mange forsøk. Prøv igjen om {seconds, plural, one {# sekund} other {# sekunder}}.',
  'error.INTERNAL': 'Noe gikk galt hos oss. Feilen er logget med referanse {requestId}.',
  'error.PAYLOAD_TOO_LARGE': 'Forespørselen er for stor.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'Forespørselen har et innholdsformat som ikke støttes.',
  'error.BAD_REQUEST': 'Forespørselen kunne ikke leses.',
  'error.route_not_found': 'Adressen finnes ikke: {method} {url}.',
  'error.csrf': 'Skjemaet er utløpt eller kom fra et annet nettsted. Last inn siden på nytt og prøv igjen.',
  'error.sign_in_failed': 'E-postadressen eller passordet er feil.',
  'error.sign_in_locked':
    'For mange mislykkede forsøk. Kontoen er låst i {minutes, plural, one {# minutt} other {# minutter}}.',
  'error.oidc_failed': 'Innloggingen med {provider} mislyktes. Prøv igjen.',
  'error.oidc_no_provider': 'Kommunen har ingen slik innloggingstjeneste.',
  'error.municipality_not_found': 'Det finnes ingen kommune med den adressen.',
  'error.no_role_here': 'Du har ingen rolle i {municipality}.',
  'error.token_role_not_held': 'Du kan bare gi et token en rolle du selv har.',
  'error.password_too_weak': 'Passordet må være minst {min} tegn langt.',
  'error.email_taken': 'Det finnes allerede en konto med den e-postadressen.',
  'error.role_already_held': 'Brukeren har allerede den rollen her.',
  'error.last_administrator': 'Kommunen må beholde minst én administrator.',
  'error.code_format':
    '{jurisdiction, select, se {En svensk kommunekode har 4 sifre (SCB).} other {Et norsk kommunenummer har 4 sifre.}}',
  'error.gender_balance':
    'Hvert kjønn må ha minst {required} av de {seats} medlemmene{list, select, none {} other { på listen {list}}} ({source}). Sammensetningen har {women} kvinner og {men} menn.',
  'error.election_method_required':
    'Oppgi hvordan organet ble valgt, ved forholdsvalg eller avtalevalg: kjønnsbalanseregelen avhenger av det ({source}).',
  'error.body_name_taken': 'Det finnes allerede et organ som heter {name}.',
  'error.second_chair':
    '{name} er allerede leder av organet i den perioden. Et organ har én leder om gangen.',
  'error.overlapping_membership': '{name} har allerede et verv i organet som overlapper den perioden.',
  'error.director_exists':
    '{name} er allerede kommunedirektør. En kommune har én kommunedirektør om gangen ({source}).',
  'error.director_instruction':
    'Kommunedirektørens instruks må oppgis: kommunestyret fastsetter rollen i den ({source}).',
  'error.body_ended': '{name} ble avsluttet {date}; ingen kan velges inn i det.',
  'error.task_committee_fields':
    'Et oppgaveutvalg trenger et skriftlig mandat, en start- og en sluttdato og sin myndighet.',
  'error.parent_invalid':
    'Det overordnede organet passer ikke: politiske organer ligger under politiske organer og enheter under administrasjonen.',
  'error.composition_exists':
    'Organet har allerede medlemmer i valgperioden fra en annen dato. Endre dem én om gangen.',
  'error.term_overlap': 'Valgperioder kan ikke overlappe ({name}).',
  'error.not_substitute': 'Bare et varamedlem kan rykke opp som medlem.',
  'error.membership_already_ended': 'Vervet er allerede avsluttet.',
  'error.person_in_use': 'Personen finnes ikke i denne kommunen.',
  'error.date_outside_term': 'Datoen {date} ligger utenfor valgperioden {term}.',
  'import.missing_column': 'Kolonnen {column} mangler.',
  'import.required': 'En verdi er påkrevd.',
  'import.invalid': '«{value}» er ikke gyldig her: {expected}.',
  'import.unknown_term':
    'Det finnes ingen valgperiode som heter «{value}»; legg den til først eller oppgi årene som 2023–2027.',
  'import.no_rows': 'Filen har ingen rader.',
  'import.unreadable': 'Filen kunne ikke leses som {format}.',
  'import.rule': '{message}',
  'role.administrator': 'Administrator',
  'role.secretary': 'Utvalgssekretær',
  'role.official': 'Saksbehandler',
  'role.director': 'Kommunedirektør',
  'role.politician': 'Folkevalgt',
  'role.security_officer': 'Sikkerhetsansvarlig',
  'role.citizen': 'Innbygger',
  'jurisdiction.se': 'Sverige',
  'jurisdiction.no': 'Norge',
};
