import type { Messages } from './en.ts';

export const nn: Messages = {
  'error.NOT_FOUND': 'Finst ikkje.',
  'error.VALIDATION': 'Opplysningane er ikkje gyldige: {count, plural, one {# feil} other {# feil}}.',
  'error.FORBIDDEN': 'Du har ikkje tilgang til å gjere dette.',
  'error.UNAUTHENTICATED': 'Du må logge inn.',
  'error.CONFLICT': 'Nokon andre har endra dette i mellomtida. Last inn på nytt og prøv igjen.',
  'error.RULE_VIOLATION': 'Dette er ikkje tillate: {rule}.',
  'error.RATE_LIMITED': 'For mange forsøk. Prøv igjen om {seconds, plural, one {# sekund} other {# sekund}}.',
  'error.INTERNAL': 'Noko gjekk gale hos oss. Feilen er logga med referanse {requestId}.',
  'error.PAYLOAD_TOO_LARGE': 'Førespurnaden er for stor.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'Førespurnaden har eit innhaldsformat som ikkje er støtta.',
  'error.BAD_REQUEST': 'Førespurnaden kunne ikkje lesast.',
  'error.route_not_found': 'Adressa finst ikkje: {method} {url}.',
  'error.csrf': 'Skjemaet har gått ut eller kom frå ein annan nettstad. Last inn sida på nytt og prøv igjen.',
  'error.sign_in_failed': 'E-postadressa eller passordet er feil.',
  'error.sign_in_locked':
    'For mange mislukka forsøk. Kontoen er låst i {minutes, plural, one {# minutt} other {# minutt}}.',
  'error.oidc_failed': 'Innlogginga med {provider} mislukkast. Prøv igjen.',
  'error.oidc_no_provider': 'Kommunen har ingen slik innloggingsteneste.',
  'error.municipality_not_found': 'Det finst ingen kommune med den adressa.',
  'error.no_role_here': 'Du har inga rolle i {municipality}.',
  'error.token_role_not_held': 'Du kan berre gi eit token ei rolle du sjølv har.',
  'error.password_too_weak': 'Passordet må vere minst {min} teikn langt.',
  'error.email_taken': 'Det finst allereie ein konto med den e-postadressa.',
  'error.role_already_held': 'Brukaren har allereie den rolla her.',
  'error.last_administrator': 'Kommunen må behalde minst éin administrator.',
  'error.code_format':
    '{jurisdiction, select, se {Ein svensk kommunekode har 4 siffer (SCB).} other {Eit norsk kommunenummer har 4 siffer.}}',
  'error.gender_balance':
    'Kvart kjønn må ha minst {required} av dei {seats} medlemmene{list, select, none {} other { på lista {list}}} ({source}). Samansetjinga har {women} kvinner og {men} menn.',
  'error.election_method_required':
    'Oppgi korleis organet vart valt, ved forholdsval eller avtaleval: kjønnsbalanseregelen avheng av det ({source}).',
  'error.body_name_taken': 'Det finst allereie eit organ som heiter {name}.',
  'error.second_chair':
    '{name} er allereie leiar av organet i den perioden. Eit organ har éin leiar om gongen.',
  'error.overlapping_membership': '{name} har allereie eit verv i organet som overlappar den perioden.',
  'error.director_exists':
    '{name} er allereie kommunedirektør. Ein kommune har éin kommunedirektør om gongen ({source}).',
  'error.director_instruction':
    'Instruksen til kommunedirektøren må oppgjevast: kommunestyret fastset rolla i han ({source}).',
  'error.body_ended': '{name} vart avslutta {date}; ingen kan veljast inn i det.',
  'error.task_committee_fields':
    'Eit oppgåveutval treng eit skriftleg mandat, ein start- og ein sluttdato og mynde.',
  'error.parent_invalid':
    'Det overordna organet passar ikkje: politiske organ ligg under politiske organ og einingar under administrasjonen.',
  'error.composition_exists':
    'Organet har allereie medlemmer i valperioden frå ein annan dato. Endra dei éin om gongen.',
  'error.term_overlap': 'Valperiodar kan ikkje overlappe ({name}).',
  'error.not_substitute': 'Berre eit varamedlem kan rykkje opp som medlem.',
  'error.membership_already_ended': 'Vervet er allereie avslutta.',
  'error.person_in_use': 'Personen finst ikkje i denne kommunen.',
  'error.date_outside_term': 'Datoen {date} ligg utanfor valperioden {term}.',
  'import.missing_column': 'Kolonnen {column} manglar.',
  'import.required': 'Ein verdi er påkravd.',
  'import.invalid': '«{value}» er ikkje gyldig her: {expected}.',
  'import.unknown_term':
    'Det finst ingen valperiode som heiter «{value}»; legg han til først eller oppgi åra som 2023–2027.',
  'import.no_rows': 'Fila har ingen rader.',
  'import.unreadable': 'Fila kunne ikkje lesast som {format}.',
  'import.rule': '{message}',
  'role.administrator': 'Administrator',
  'role.secretary': 'Utvalssekretær',
  'role.official': 'Saksbehandlar',
  'role.director': 'Kommunedirektør',
  'role.politician': 'Folkevald',
  'role.security_officer': 'Tryggleiksansvarleg',
  'role.citizen': 'Innbyggjar',
  'jurisdiction.se': 'Sverige',
  'jurisdiction.no': 'Noreg',
};
