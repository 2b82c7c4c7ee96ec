import type { PublicMeetingsMessageKey } from './en.ts';

export const publicMeetingsSv: Record<PublicMeetingsMessageKey, string> = {
  'web.public_meetings.body': 'Organ',
  'web.public_meetings.date': 'Datum',
  'web.public_meetings.time': 'Tid',
  'web.public_meetings.meeting': 'Sammanträde',
  'web.public_meetings.kind': 'Typ',
  'web.public_meetings.place': 'Plats',
  'web.public_meetings.place_none': 'Ej angiven',
  'web.public_meetings.state': 'Status',
  'web.public_meetings.time_range': '{start}–{end}',
  'web.public_meetings.date_at_time': '{date} kl. {time}',
  'web.public_meetings.cancel_reason': 'Skäl: {reason}',
  'web.public_meetings.minutes_html':
    '{jurisdiction, select, no {Møteboken som webbsida} other {Protokollet som webbsida}}',
  'web.public_meetings.minutes_pdf':
    '{jurisdiction, select, no {Møteboken som pdf} other {Protokollet som pdf}}',

  'web.public_meetings.kind.decision': '{jurisdiction, select, no {Beslutsmöte} other {Beslutssammanträde}}',
  'web.public_meetings.kind.dialogue': '{jurisdiction, select, other {Dialogmöte}}',
  'web.public_meetings.kind.citizen_dialogue':
    '{jurisdiction, select, no {Medborgardialog (gjestebud)} other {Medborgardialog}}',
  'web.public_meetings.kind.check_in': '{jurisdiction, select, other {Avstämning}}',

  'web.public_meetings.state.planned': 'Planerat',
  'web.public_meetings.state.notified': 'Kallat',
  'web.public_meetings.state.in_progress': 'Pågår',
  'web.public_meetings.state.closed': 'Genomfört',
  'web.public_meetings.state.cancelled': 'Inställt',

  'web.public_meetings.notice_kind.meeting_notice':
    '{jurisdiction, select, no {Kungörelse om möte} other {Tillkännagivande om sammanträde}}',
  'web.public_meetings.notice_kind.minutes':
    '{jurisdiction, select, no {Godkänd møtebok} other {Justerat protokoll}}',

  'web.public_meetings.board.heading': '{jurisdiction, select, other {Anslagstavla}}',
  'web.public_meetings.board.lead':
    '{jurisdiction, select, no {{name}s officiella anslagstavla (oppslagstavle): kungörelser om de förtroendevalda organens möten och tillkännagivanden om att deras møtebok har godkänts.} other {{name}s officiella anslagstavla: tillkännagivanden om fullmäktiges och nämndernas sammanträden och om att deras protokoll har justerats. Dagen då ett protokoll anslås räknas tiden för överklagande från.}}',
  'web.public_meetings.board.rules_heading': 'Vad datumen betyder',
  'web.public_meetings.board.rules_minutes':
    '{jurisdiction, select, no {Lovlighetskontroll: tre eller fler ledamöter av kommunestyret kan tillsammans begära att ett slutligt beslut prövas i lagligt hänseende. Begäran ska lämnas till det organ som fattade beslutet inom tre veckor från beslutet (kommuneloven § 27-1). Datumet som visas är den sista dagen, flyttad till nästa vardag om den infaller på en helg eller helgdag. Den som är part i ett enskilt beslut kan också överklaga det (forvaltningsloven § 28).} other {Överklagande (laglighetsprövning): varje medlem av kommunen kan överklaga ett beslut till förvaltningsrätten. Överklagandet ska ha kommit in inom tre veckor från den dag då det anslogs på den här anslagstavlan att protokollet har justerats (KL 13 kap. 1 och 5 §§). Datumet som visas är den sista dagen, flyttad till nästa vardag om den infaller på en lördag, söndag eller helgdag.}}',
  'web.public_meetings.board.rules_notice':
    '{jurisdiction, select, no {En kungörelse om ett möte sitter uppe till mötesdagen, det datum som visas. De förtroendevalda organens möten ska kungöras offentligt i god tid innan de hålls (kommuneloven § 11-3).} other {Ett tillkännagivande om ett sammanträde sitter uppe till sammanträdesdagen, det datum som visas. Fullmäktiges sammanträden tillkännages minst en vecka i förväg (KL 5 kap. 11 §).}}',
  'web.public_meetings.board.rules_late':
    'Tillkännagivandet om att ett protokoll har justerats ska anslås senast andra dagen efter justeringen (KL 8 kap. 12 §). Ett tillkännagivande som anslås senare markeras som sent; tiden för överklagande räknas ändå från den dag det anslogs.',
  'web.public_meetings.board.views': 'Anslagstavlans vyer',
  'web.public_meetings.board.current': 'Anslaget nu',
  'web.public_meetings.board.archive': 'Arkiv',
  'web.public_meetings.board.current_heading': 'Anslaget nu',
  'web.public_meetings.board.archive_heading': 'Arkiv: tiden har gått ut',
  'web.public_meetings.board.current_count':
    '{count, plural, =0 {Inget är anslaget på anslagstavlan just nu.} one {# tillkännagivande är anslaget.} other {# tillkännagivanden är anslagna.}}',
  'web.public_meetings.board.archive_count':
    '{count, plural, =0 {Arkivet är tomt.} one {# tillkännagivande i arkivet.} other {# tillkännagivanden i arkivet.}}',
  'web.public_meetings.board.feeds_heading': 'Följ anslagstavlan',
  'web.public_meetings.board.feeds_text':
    'Lägg till ett flöde i din flödesläsare för att få veta när något nytt anslås. Flödena innehåller det som är anslaget nu.',
  'web.public_meetings.board.feed_atom': 'Atom-flöde',
  'web.public_meetings.board.feed_rss': 'RSS-flöde',
  'web.public_meetings.board.feed_title': 'Anslagstavla för {name}',

  'web.public_meetings.notice.body': 'Organ',
  'web.public_meetings.notice.meeting': 'Sammanträde',
  'web.public_meetings.notice.posted_on': 'Anslaget',
  'web.public_meetings.notice.signed_on': '{jurisdiction, select, no {Godkänd} other {Justerat}}',
  'web.public_meetings.notice.appeal_by':
    '{jurisdiction, select, no {Sista dag att begära lovlighetskontroll} other {Sista dag att överklaga (laglighetsprövning)}}',
  'web.public_meetings.notice.meeting_day': 'Sammanträdesdag',
  'web.public_meetings.notice.days_left':
    '{days, plural, =0 {sista dagen är i dag} one {# dag kvar} other {# dagar kvar}}',
  'web.public_meetings.notice.deadline_passed': 'tiden har gått ut',
  'web.public_meetings.notice.source': 'Lagrum: {source}',
  'web.public_meetings.notice.kept_at':
    '{jurisdiction, select, no {Møteboken finns hos} other {Förvaringsplats för protokollet}}',
  'web.public_meetings.notice.late_tag': 'Sent anslaget',
  'web.public_meetings.notice.late_text':
    'Tillkännagivandet anslogs senare än andra dagen efter att protokollet justerades (KL 8 kap. 12 §). Tiden för överklagande räknas från den dag det anslogs.',
  'web.public_meetings.notice.links': 'Handlingar och länkar: {title}',
  'web.public_meetings.notice.meeting_page': 'Om sammanträdet',

  'web.public_meetings.calendar.heading': 'Sammanträdeskalender',
  'web.public_meetings.calendar.lead':
    'De förtroendevalda organens sammanträden i {name}: när och var de hålls. Följ länken till ett sammanträde för dess föredragningslista och, när det har hållits, dess beslut.',
  'web.public_meetings.calendar.filter': 'Välj sammanträden',
  'web.public_meetings.calendar.from': 'Från',
  'web.public_meetings.calendar.to': 'Till',
  'web.public_meetings.calendar.to_description': 'Lämna tomt för alla senare sammanträden.',
  'web.public_meetings.calendar.to_before_from':
    'Slutdatumet måste vara samma dag som eller efter startdatumet.',
  'web.public_meetings.calendar.all_bodies': 'Alla organ',
  'web.public_meetings.calendar.show': 'Visa sammanträden',
  'web.public_meetings.calendar.meetings_heading': 'Sammanträden',
  'web.public_meetings.calendar.range_today': 'från och med i dag',
  'web.public_meetings.calendar.range_from': 'från och med {from}',
  'web.public_meetings.calendar.range_to': 'från {from} till {to}',
  'web.public_meetings.calendar.found':
    '{count, plural, =0 {Inga sammanträden} one {# sammanträde} other {# sammanträden}} {range}.',
  'web.public_meetings.calendar.found_body':
    '{count, plural, =0 {Inga sammanträden} one {# sammanträde} other {# sammanträden}} för {body} {range}.',
  'web.public_meetings.calendar.caption': 'Sammanträden {range}',
  'web.public_meetings.calendar.none_hint':
    'Inga sammanträden under perioden. Välj en annan period eller alla organ.',
  'web.public_meetings.calendar.subscribe_heading': 'Prenumerera i din kalender',
  'web.public_meetings.calendar.subscribe_text':
    'Varje organs sammanträden publiceras också som en kalender (iCalendar). För att prenumerera kopierar du adressen till en länk nedan (högerklicka eller håll fingret på den och välj att kopiera länken) och lägger till den i din kalenderapp som en prenumererad kalender, ofta kallat ”lägg till kalender från webbadress”. Kalendern följer sedan av sig själv nya, flyttade och inställda sammanträden. Om du i stället öppnar länken laddas sammanträdena ned som de ser ut just nu.',
  'web.public_meetings.calendar.feed': '{body}: kalender (iCal)',
  'web.public_meetings.calendar.no_bodies': 'Det finns inga organ att prenumerera på.',

  'web.public_meetings.meeting.lead': '{body}, {date}.',
  'web.public_meetings.meeting.chair': 'Ordförande',
  'web.public_meetings.meeting.notice_published': 'Kallelse utfärdad',
  'web.public_meetings.meeting.urgent': 'Brådskande',
  'web.public_meetings.meeting.urgent_reason': 'Kallat med kort varsel eftersom det brådskar: {reason}',
  'web.public_meetings.meeting.cancelled_heading': 'Sammanträdet är inställt',
  'web.public_meetings.meeting.minutes_heading': '{jurisdiction, select, no {Møtebok} other {Protokoll}}',
  'web.public_meetings.meeting.minutes_signed':
    '{jurisdiction, select, no {Møteboken är godkänd och offentlig. Ärenden som behandlats inom stängda dörrar visas bara med sin offentliga rubrik.} other {Protokollet är justerat och offentligt. Ärenden som behandlats inom stängda dörrar visas bara med sin offentliga rubrik.}}',
  'web.public_meetings.meeting.agenda': '{jurisdiction, select, no {Ärendelista} other {Föredragningslista}}',
  'web.public_meetings.meeting.agenda_later':
    'Föredragningslistan publiceras med kallelsen till sammanträdet.',
  'web.public_meetings.meeting.agenda_none': 'Föredragningslistan har inga ärenden.',
  'web.public_meetings.meeting.closed_note':
    'Ärenden som behandlas inom stängda dörrar visas bara med sin offentliga rubrik och den rättsliga grunden för att stänga dem.',

  'web.public_meetings.item.heading': '{number} {title}',
  'web.public_meetings.item.heading_untitled': '{number} (ärende inom stängda dörrar)',
  'web.public_meetings.item.handled': 'Behandlad',
  'web.public_meetings.item.now': 'Behandlas nu',
  'web.public_meetings.item.closed_tag': 'Stängda dörrar',
  'web.public_meetings.item.closed':
    '{hasGround, select, yes {Behandlas inom stängda dörrar: {ground} ({source}).} other {Behandlas inom stängda dörrar ({source}).}}',
  'web.public_meetings.item.matter': '{jurisdiction, select, no {Sak {number}} other {Ärende {number}}}',
  'web.public_meetings.item.decision': '{jurisdiction, select, no {Vedtak (beslut)} other {Beslut}}',
  'web.public_meetings.item.decided_by.acclamation': 'Beslutat med acklamation.',
  'web.public_meetings.item.decided_by.roll_call': 'Beslutat efter öppen omröstning.',
  'web.public_meetings.item.decided_by.secret': 'Beslutat efter sluten omröstning.',

  'web.public_meetings.proposal.heading': 'Yrkanden',
  'web.public_meetings.proposal.label':
    '{by, select, person {Förslag {n} ({who})} other {Förslag {n} (förslaget till beslut)}}',
  'web.public_meetings.proposal.withdrawn': 'återtaget',
  'web.public_meetings.proposal.eliminated': 'utgått ur omröstningen',

  'web.public_meetings.vote.round': 'Omgång {round}: {method}',
  'web.public_meetings.vote.method.acclamation': 'acklamation',
  'web.public_meetings.vote.method.roll_call': 'öppen omröstning',
  'web.public_meetings.vote.method.secret': 'sluten omröstning',
  'web.public_meetings.vote.progress_open': 'Omröstning pågår: {voted} av {eligible} har röstat',
  'web.public_meetings.vote.progress_closed': 'Räknad: {voted} av {eligible} röstade',
  'web.public_meetings.vote.result_caption': 'Resultat av omgång {round}',
  'web.public_meetings.vote.option': 'Förslag',
  'web.public_meetings.vote.votes': 'Röster',
  'web.public_meetings.vote.winner': 'Vann',
  'web.public_meetings.vote.abstain': 'Avstod',
  'web.public_meetings.vote.unknown_option': 'Annat förslag',
  'web.public_meetings.vote.tie':
    '{by, select, lot {Rösterna föll lika; lotten avgjorde ({source}).} other {Rösterna föll lika; ordförandens utslagsröst avgjorde ({source}).}}',
  'web.public_meetings.vote.by_name': 'Hur var och en röstade',
  'web.public_meetings.vote.by_name_caption': 'Röster per ledamot, omgång {round}',
  'web.public_meetings.vote.member': 'Ledamot',
  'web.public_meetings.vote.list': 'Parti',
  'web.public_meetings.vote.choice': 'Röst',

  'web.public_meetings.live.heading': 'Direkt',
  'web.public_meetings.live.later': 'Medan sammanträdet pågår följer den här sidan det direkt.',
  'web.public_meetings.live.connection.off': 'Inte direkt',
  'web.public_meetings.live.connection.connecting': 'Ansluter…',
  'web.public_meetings.live.connection.live': 'Direkt',
  'web.public_meetings.live.connection.reconnecting': 'Återansluter…',
  'web.public_meetings.live.connection.failed': 'Inte ansluten',
  'web.public_meetings.live.connection_help.off': 'Sidan uppdateras inte längre av sig själv.',
  'web.public_meetings.live.connection_help.connecting': 'Sidan kommer att uppdateras av sig själv.',
  'web.public_meetings.live.connection_help.live': 'Sidan uppdateras av sig själv medan sammanträdet pågår.',
  'web.public_meetings.live.connection_help.reconnecting':
    'Anslutningen bröts och återställs; inget går förlorat.',
  'web.public_meetings.live.connection_help.failed':
    'Uppdateringarna har stannat. De försöks igen om en stund, eller så kan du ansluta igen nu.',
  'web.public_meetings.live.reconnect': 'Anslut igen',
  'web.public_meetings.live.now': 'Behandlas nu',
  'web.public_meetings.live.between_items': 'Inget ärende just nu',
  'web.public_meetings.live.not_started': 'Sammanträdet har inte öppnats än',
  'web.public_meetings.live.attendance': 'Närvarande',
  'web.public_meetings.live.present': '{present} av {seats} ledamöter',
  'web.public_meetings.live.quorum':
    '{met, select, yes {Beslutfört: minst {needed} krävs ({source}).} other {Inte beslutfört: {needed} krävs ({source}).}}',
  'web.public_meetings.live.latest': 'Senaste',
  'web.public_meetings.live.nothing_yet': 'Ändringar meddelas här.',
  'web.public_meetings.live.opened': 'Sammanträdet har öppnats.',
  'web.public_meetings.live.closed': 'Sammanträdet är avslutat.',
  'web.public_meetings.live.cancelled': 'Sammanträdet har ställts in.',
  'web.public_meetings.live.item_started': 'Nu behandlas {item}.',
  'web.public_meetings.live.item_state': '{item}: {state}.',
  'web.public_meetings.live.vote_opened': '{item}: omröstning har börjat, omgång {round}.',
  'web.public_meetings.live.vote_counted': '{item}: omgång {round} är räknad; {winner} vann.',

  'web.public_meetings.stats.heading': 'Vart mötestiden går',
  'web.public_meetings.stats.lead':
    'Hur de förtroendevalda organen i {name} använder sina sammanträden: hur många de håller, hur länge de pågår och hur tiden på föredragningslistan fördelas mellan strategiska och verksamhetsnära ärenden.',
  'web.public_meetings.stats.why':
    '{jurisdiction, select, no {Varför det spelar roll: de folkvalda leder genom att bestämma vad kommunen ska uppnå – mål, prioriteringar, de viktigaste sakerna – och genom att överlåta åt förvaltningen hur det ska göras. Mer av mötestiden på ”vad” och mindre på ”hur” är steget från detaljstyrning till politiskt ledarskap.} other {Varför det spelar roll: de förtroendevalda leder genom att bestämma vad kommunen ska uppnå – mål, prioriteringar, de stora frågorna – och genom att överlåta åt förvaltningen hur det ska göras. Mer av mötestiden på ”vad” och mindre på ”hur” är steget från detaljstyrning till politiskt ledarskap.}}',
  'web.public_meetings.stats.term_current': '{term} (pågående)',
  'web.public_meetings.stats.show': 'Visa',
  'web.public_meetings.stats.showing_term':
    'Siffror för {term}, {start} till {end}, från sammanträden som har hållits.',
  'web.public_meetings.stats.showing_all':
    'Ingen mandatperiod är registrerad; siffrorna gäller alla sammanträden som har hållits.',
  'web.public_meetings.stats.time_heading': 'Tid per organ',
  'web.public_meetings.stats.parts_explained':
    'Strategiska ärenden handlar om vad kommunen ska uppnå (mål, planer, prioriteringar); verksamhetsnära ärenden om hur arbetet utförs. Övriga punkter är resten av föredragningslistan: öppnande, upprop, information, delegationsbeslut. Ett ärendes tid räknas från att det togs upp till att det avslutades.',
  'web.public_meetings.stats.chart_caption': 'Andel av ärendetiden efter slag av punkt',
  'web.public_meetings.stats.chart_summary': 'Andel av ärendetiden per organ: {bodies}.',
  'web.public_meetings.stats.chart_body':
    '{body}: strategiska {strategic}, verksamhetsnära {operational}, övriga punkter {other}',
  'web.public_meetings.stats.chart_body_none': '{body}: ingen ärendetid registrerad',
  'web.public_meetings.stats.no_item_time': 'Ingen ärendetid registrerad',
  'web.public_meetings.stats.part.strategic': 'Strategiska (vad)',
  'web.public_meetings.stats.part.operational': 'Verksamhetsnära (hur)',
  'web.public_meetings.stats.part.other': 'Övriga punkter',
  'web.public_meetings.stats.table_caption': 'Sammanträden, timmar och ärendetid per organ',
  'web.public_meetings.stats.meetings': 'Hållna sammanträden',
  'web.public_meetings.stats.hours': 'Timmar',
  'web.public_meetings.stats.strategic_share': 'Strategisk andel av tiden på ärenden',
  'web.public_meetings.stats.no_matter_time': 'Inga ärenden',
  'web.public_meetings.stats.none_held': 'Inget sammanträde har hållits under perioden än.',
  'web.public_meetings.stats.attendance_heading': 'Närvaro',
  'web.public_meetings.stats.attendance_explained':
    'Per organ: de sammanträden varje ledamot var närvarande vid av dem hen var kallad till, räknat på sammanträden som har hållits. Den som anmält förhinder räknas ändå som kallad; en ersättare räknas för de sammanträden hen kallades in till.',
  'web.public_meetings.stats.attendance_caption': 'Närvaro i {body}',
  'web.public_meetings.stats.member': 'Ledamot',
  'web.public_meetings.stats.party': 'Parti',
  'web.public_meetings.stats.attended': 'Närvarande',
  'web.public_meetings.stats.attended_of': '{attended} av {of}',
  'web.public_meetings.stats.attended_share': 'Andel',
  'web.public_meetings.stats.none_attendance': 'Ingen närvaro har registrerats under perioden än.',
};
