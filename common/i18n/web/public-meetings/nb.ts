import type { PublicMeetingsMessageKey } from './en.ts';

export const publicMeetingsNb: Record<PublicMeetingsMessageKey, string> = {
  'web.public_meetings.body': 'Organ',
  'web.public_meetings.date': 'Dato',
  'web.public_meetings.time': 'Tid',
  'web.public_meetings.meeting': 'Møte',
  'web.public_meetings.kind': 'Type',
  'web.public_meetings.place': 'Sted',
  'web.public_meetings.place_none': 'Ikke oppgitt',
  'web.public_meetings.state': 'Status',
  'web.public_meetings.time_range': '{start}–{end}',
  'web.public_meetings.date_at_time': '{date} kl. {time}',
  'web.public_meetings.cancel_reason': 'Grunn: {reason}',
  'web.public_meetings.minutes_html':
    '{jurisdiction, select, se {Protokollet som nettside} other {Møteboka som nettside}}',
  'web.public_meetings.minutes_pdf':
    '{jurisdiction, select, se {Protokollet som PDF} other {Møteboka som PDF}}',

  'web.public_meetings.kind.decision': '{jurisdiction, select, other {Vedtaksmøte}}',
  'web.public_meetings.kind.dialogue': '{jurisdiction, select, other {Dialogmøte}}',
  'web.public_meetings.kind.citizen_dialogue':
    '{jurisdiction, select, se {Innbyggerdialog (medborgardialog)} other {Innbyggerdialog (gjestebud)}}',
  'web.public_meetings.kind.check_in': '{jurisdiction, select, other {Oppfølgingsmøte}}',

  'web.public_meetings.state.planned': 'Planlagt',
  'web.public_meetings.state.notified': 'Innkalt',
  'web.public_meetings.state.in_progress': 'Pågår',
  'web.public_meetings.state.closed': 'Avholdt',
  'web.public_meetings.state.cancelled': 'Avlyst',

  'web.public_meetings.notice_kind.meeting_notice': '{jurisdiction, select, other {Kunngjøring av møte}}',
  'web.public_meetings.notice_kind.minutes':
    '{jurisdiction, select, se {Justert protokoll} other {Godkjent møtebok}}',

  'web.public_meetings.board.heading': '{jurisdiction, select, other {Oppslagstavle}}',
  'web.public_meetings.board.lead':
    '{jurisdiction, select, se {Den offisielle oppslagstavla (anslagstavla) til {name}: kunngjøringer av møtene i kommunestyret og nemndene, og av at protokollene deres er justert. Dagen protokollen slås opp, begynner klagefristen å løpe.} other {Den offisielle oppslagstavla til {name}: kunngjøringer av møtene i de folkevalgte organene, og av at møtebøkene deres er godkjent.}}',
  'web.public_meetings.board.rules_heading': 'Hva datoene betyr',
  'web.public_meetings.board.rules_minutes':
    '{jurisdiction, select, se {Klage (laglighetsprövning): ethvert medlem av kommunen kan klage på et vedtak til forvaltningsdomstolen (förvaltningsrätten). Klagen må ha kommet inn innen tre uker fra dagen det ble slått opp på denne tavla at protokollet er justert (KL 13 kap. 1 og 5 §§). Datoen som vises, er siste dag, flyttet til neste virkedag hvis den faller på en helg eller helligdag.} other {Lovlighetskontroll: tre eller flere medlemmer av kommunestyret kan sammen kreve at et endelig vedtak kontrolleres for lovligheten. Kravet settes fram for det organet som traff vedtaket, innen tre uker etter at vedtaket ble truffet (kommuneloven § 27-1). Datoen som vises, er siste dag, flyttet til neste virkedag hvis den faller på en helg eller helligdag. Den som er part i et enkeltvedtak, kan også klage på det (forvaltningsloven § 28).}}',
  'web.public_meetings.board.rules_notice':
    '{jurisdiction, select, se {En kunngjøring av et møte henger oppe til møtedagen, datoen som vises. Kommunestyrets møter skal kunngjøres minst en uke før (KL 5 kap. 11 §).} other {En kunngjøring av et møte henger oppe til møtedagen, datoen som vises. Møter i folkevalgte organer skal kunngjøres på en hensiktsmessig måte i god tid før de holdes (kommuneloven § 11-3).}}',
  'web.public_meetings.board.rules_late':
    'Kunngjøringen av at et protokoll er justert, skal slås opp senest andre dag etter justeringen (KL 8 kap. 12 §). En kunngjøring som slås opp senere, merkes som for sen; klagefristen løper likevel fra dagen den ble slått opp.',
  'web.public_meetings.board.views': 'Visninger av oppslagstavla',
  'web.public_meetings.board.current': 'Oppslått nå',
  'web.public_meetings.board.archive': 'Arkiv',
  'web.public_meetings.board.current_heading': 'Oppslått nå',
  'web.public_meetings.board.archive_heading': 'Arkiv: fristen er ute',
  'web.public_meetings.board.current_count':
    '{count, plural, =0 {Ingenting er slått opp på oppslagstavla akkurat nå.} one {# kunngjøring er slått opp.} other {# kunngjøringer er slått opp.}}',
  'web.public_meetings.board.archive_count':
    '{count, plural, =0 {Arkivet er tomt.} one {# kunngjøring i arkivet.} other {# kunngjøringer i arkivet.}}',
  'web.public_meetings.board.feeds_heading': 'Følg oppslagstavla',
  'web.public_meetings.board.feeds_text':
    'Legg til en strøm i nyhetsleseren din for å få vite om nye kunngjøringer når de slås opp. Strømmene inneholder det som er oppslått nå.',
  'web.public_meetings.board.feed_atom': 'Atom-strøm',
  'web.public_meetings.board.feed_rss': 'RSS-strøm',
  'web.public_meetings.board.feed_title': 'Oppslagstavla til {name}',

  'web.public_meetings.notice.body': 'Organ',
  'web.public_meetings.notice.meeting': 'Møte',
  'web.public_meetings.notice.posted_on': 'Slått opp',
  'web.public_meetings.notice.signed_on': '{jurisdiction, select, se {Justert} other {Godkjent}}',
  'web.public_meetings.notice.appeal_by':
    '{jurisdiction, select, se {Siste dag for å klage (laglighetsprövning)} other {Siste dag for å kreve lovlighetskontroll}}',
  'web.public_meetings.notice.meeting_day': 'Møtedag',
  'web.public_meetings.notice.days_left':
    '{days, plural, =0 {siste dag er i dag} one {# dag igjen} other {# dager igjen}}',
  'web.public_meetings.notice.deadline_passed': 'fristen er ute',
  'web.public_meetings.notice.source': 'Hjemmel: {source}',
  'web.public_meetings.notice.kept_at':
    '{jurisdiction, select, se {Protokollet oppbevares hos} other {Møteboka er tilgjengelig hos}}',
  'web.public_meetings.notice.late_tag': 'Slått opp for sent',
  'web.public_meetings.notice.late_text':
    'Kunngjøringen ble slått opp senere enn andre dag etter at protokollet ble justert (KL 8 kap. 12 §). Klagefristen løper fra dagen den ble slått opp.',
  'web.public_meetings.notice.links': 'Dokumenter og lenker: {title}',
  'web.public_meetings.notice.meeting_page': 'Om møtet',

  'web.public_meetings.calendar.heading': 'Møtekalender',
  'web.public_meetings.calendar.lead':
    'Møtene i de folkevalgte organene i {name}: når og hvor de holdes. Følg lenken til et møte for sakslisten og, når møtet er holdt, vedtakene.',
  'web.public_meetings.calendar.filter': 'Velg møter',
  'web.public_meetings.calendar.from': 'Fra',
  'web.public_meetings.calendar.to': 'Til',
  'web.public_meetings.calendar.to_description': 'La stå tomt for alle senere møter.',
  'web.public_meetings.calendar.to_before_from': 'Sluttdatoen må være samme dag som eller etter startdatoen.',
  'web.public_meetings.calendar.all_bodies': 'Alle organer',
  'web.public_meetings.calendar.show': 'Vis møter',
  'web.public_meetings.calendar.meetings_heading': 'Møter',
  'web.public_meetings.calendar.range_today': 'fra og med i dag',
  'web.public_meetings.calendar.range_from': 'fra og med {from}',
  'web.public_meetings.calendar.range_to': 'fra {from} til {to}',
  'web.public_meetings.calendar.found':
    '{count, plural, =0 {Ingen møter} one {# møte} other {# møter}} {range}.',
  'web.public_meetings.calendar.found_body':
    '{count, plural, =0 {Ingen møter} one {# møte} other {# møter}} i {body} {range}.',
  'web.public_meetings.calendar.caption': 'Møter {range}',
  'web.public_meetings.calendar.none_hint':
    'Ingen møter i perioden. Velg en annen periode eller alle organer.',
  'web.public_meetings.calendar.subscribe_heading': 'Abonner i kalenderen din',
  'web.public_meetings.calendar.subscribe_text':
    'Møtene i hvert organ publiseres også som en kalender (iCalendar). For å abonnere kopierer du adressen til en lenke nedenfor (høyreklikk eller hold fingeren på den, og velg å kopiere lenken) og legger den til i kalenderappen din som en abonnert kalender, ofte kalt «legg til kalender fra URL». Kalenderen følger da nye, flyttede og avlyste møter av seg selv. Åpner du lenken i stedet, lastes møtene ned slik de er nå.',
  'web.public_meetings.calendar.feed': '{body}: kalender (iCal)',
  'web.public_meetings.calendar.no_bodies': 'Det finnes ingen organer å abonnere på.',

  'web.public_meetings.meeting.lead': '{body}, {date}.',
  'web.public_meetings.meeting.chair': 'Møteleder',
  'web.public_meetings.meeting.notice_published': 'Innkalling sendt',
  'web.public_meetings.meeting.urgent': 'Haster',
  'web.public_meetings.meeting.urgent_reason': 'Innkalt med kort varsel fordi det haster: {reason}',
  'web.public_meetings.meeting.cancelled_heading': 'Møtet er avlyst',
  'web.public_meetings.meeting.minutes_heading': '{jurisdiction, select, se {Protokoll} other {Møtebok}}',
  'web.public_meetings.meeting.minutes_signed':
    '{jurisdiction, select, se {Protokollet er justert og offentlig. Saker som er behandlet for lukkede dører, vises bare med den offentlige tittelen.} other {Møteboka er godkjent og offentlig. Saker som er behandlet for lukkede dører, vises bare med den offentlige tittelen.}}',
  'web.public_meetings.meeting.agenda': '{jurisdiction, select, other {Saksliste}}',
  'web.public_meetings.meeting.agenda_later': 'Sakslisten publiseres med innkallingen til møtet.',
  'web.public_meetings.meeting.agenda_none': 'Sakslisten har ingen saker.',
  'web.public_meetings.meeting.closed_note':
    'Saker som behandles for lukkede dører, vises bare med den offentlige tittelen og hjemmelen for å lukke møtet.',

  'web.public_meetings.item.heading': '{number} {title}',
  'web.public_meetings.item.heading_untitled': '{number} (sak for lukkede dører)',
  'web.public_meetings.item.handled': 'Behandlet',
  'web.public_meetings.item.now': 'Behandles nå',
  'web.public_meetings.item.closed_tag': 'Lukket møte',
  'web.public_meetings.item.closed':
    '{hasGround, select, yes {Behandles for lukkede dører: {ground} ({source}).} other {Behandles for lukkede dører ({source}).}}',
  'web.public_meetings.item.matter': '{jurisdiction, select, se {Ärende {number}} other {Sak {number}}}',
  'web.public_meetings.item.decision': '{jurisdiction, select, se {Vedtak (beslut)} other {Vedtak}}',
  'web.public_meetings.item.decided_by.acclamation': 'Vedtatt ved akklamasjon.',
  'web.public_meetings.item.decided_by.roll_call': 'Vedtatt etter åpen votering.',
  'web.public_meetings.item.decided_by.secret': 'Vedtatt ved skriftlig votering.',

  'web.public_meetings.proposal.heading': 'Forslag',
  'web.public_meetings.proposal.label':
    '{by, select, person {Forslag {n} ({who})} other {Forslag {n} (innstillingen)}}',
  'web.public_meetings.proposal.withdrawn': 'trukket',
  'web.public_meetings.proposal.eliminated': 'falt',

  'web.public_meetings.vote.round': 'Runde {round}: {method}',
  'web.public_meetings.vote.method.acclamation': 'akklamasjon',
  'web.public_meetings.vote.method.roll_call': 'åpen votering',
  'web.public_meetings.vote.method.secret': 'skriftlig votering',
  'web.public_meetings.vote.progress_open': 'Votering pågår: {voted} av {eligible} har stemt',
  'web.public_meetings.vote.progress_closed': 'Opptalt: {voted} av {eligible} stemte',
  'web.public_meetings.vote.result_caption': 'Resultat av runde {round}',
  'web.public_meetings.vote.option': 'Forslag',
  'web.public_meetings.vote.votes': 'Stemmer',
  'web.public_meetings.vote.winner': 'Vedtatt',
  'web.public_meetings.vote.abstain': 'Stemte blankt',
  'web.public_meetings.vote.unknown_option': 'Annet forslag',
  'web.public_meetings.vote.tie':
    '{by, select, lot {Stemmelikhet; loddtrekning avgjorde ({source}).} other {Stemmelikhet; møtelederens dobbeltstemme avgjorde ({source}).}}',
  'web.public_meetings.vote.by_name': 'Hvordan hver enkelt stemte',
  'web.public_meetings.vote.by_name_caption': 'Stemmer per medlem, runde {round}',
  'web.public_meetings.vote.member': 'Medlem',
  'web.public_meetings.vote.list': 'Parti',
  'web.public_meetings.vote.choice': 'Stemme',

  'web.public_meetings.live.heading': 'Direkte',
  'web.public_meetings.live.later': 'Mens møtet pågår, følger denne siden det direkte.',
  'web.public_meetings.live.connection.off': 'Ikke direkte',
  'web.public_meetings.live.connection.connecting': 'Kobler til…',
  'web.public_meetings.live.connection.live': 'Direkte',
  'web.public_meetings.live.connection.reconnecting': 'Kobler til igjen…',
  'web.public_meetings.live.connection.failed': 'Ikke tilkoblet',
  'web.public_meetings.live.connection_help.off': 'Siden oppdateres ikke lenger av seg selv.',
  'web.public_meetings.live.connection_help.connecting': 'Siden vil oppdatere seg selv.',
  'web.public_meetings.live.connection_help.live': 'Siden oppdateres av seg selv mens møtet pågår.',
  'web.public_meetings.live.connection_help.reconnecting':
    'Forbindelsen ble brutt og gjenopprettes; ingenting går tapt.',
  'web.public_meetings.live.connection_help.failed':
    'Oppdateringene har stoppet. Det blir prøvd igjen om litt, eller du kan koble til igjen nå.',
  'web.public_meetings.live.reconnect': 'Koble til igjen',
  'web.public_meetings.live.now': 'Behandles nå',
  'web.public_meetings.live.between_items': 'Ingen sak akkurat nå',
  'web.public_meetings.live.not_started': 'Møtet er ikke satt ennå',
  'web.public_meetings.live.attendance': 'Til stede',
  'web.public_meetings.live.present': '{present} av {seats} medlemmer',
  'web.public_meetings.live.quorum':
    '{met, select, yes {Vedtaksført: minst {needed} kreves ({source}).} other {Ikke vedtaksført: {needed} kreves ({source}).}}',
  'web.public_meetings.live.latest': 'Siste',
  'web.public_meetings.live.nothing_yet': 'Endringer meldes her.',
  'web.public_meetings.live.opened': 'Møtet er satt.',
  'web.public_meetings.live.closed': 'Møtet er hevet.',
  'web.public_meetings.live.cancelled': 'Møtet er avlyst.',
  'web.public_meetings.live.item_started': 'Nå behandles {item}.',
  'web.public_meetings.live.item_state': '{item}: {state}.',
  'web.public_meetings.live.vote_opened': '{item}: votering har startet, runde {round}.',
  'web.public_meetings.live.vote_counted': '{item}: runde {round} er opptalt; {winner} ble vedtatt.',

  'web.public_meetings.stats.heading': 'Hvor møtetiden går',
  'web.public_meetings.stats.lead':
    'Hvordan de folkevalgte organene i {name} bruker møtene sine: hvor mange møter de holder, hvor lenge de varer, og hvordan tiden på sakslisten fordeler seg mellom strategiske og operative saker.',
  'web.public_meetings.stats.why':
    '{jurisdiction, select, se {Hvorfor det betyr noe: de folkevalgte leder ved å bestemme hva kommunen skal oppnå – mål, prioriteringer, de store sakene – og ved å overlate til administrasjonen hvordan det skal gjøres. Mer av møtetiden på «hva» og mindre på «hvordan» er overgangen fra detaljstyring til politisk lederskap.} other {Hvorfor det betyr noe: de folkevalgte styrer ved å bestemme hva kommunen skal oppnå – mål, prioriteringer, de viktigste sakene – og ved å overlate til administrasjonen hvordan det skal gjøres. Mer av møtetiden på «hva» og mindre på «hvordan» er overgangen fra detaljstyring til politisk lederskap.}}',
  'web.public_meetings.stats.term_current': '{term} (nåværende)',
  'web.public_meetings.stats.show': 'Vis',
  'web.public_meetings.stats.showing_term': 'Tall for {term}, {start} til {end}, fra møter som er holdt.',
  'web.public_meetings.stats.showing_all':
    'Ingen valgperiode er registrert; tallene gjelder alle møter som er holdt.',
  'web.public_meetings.stats.time_heading': 'Tid per organ',
  'web.public_meetings.stats.parts_explained':
    'Strategiske saker handler om hva kommunen skal oppnå (mål, planer, prioriteringer); operative saker om hvordan arbeidet gjøres. Andre saker er resten av sakslisten: åpning, navneopprop, orienteringer, delegerte vedtak. Tiden på en sak regnes fra den ble tatt opp til den ble avsluttet.',
  'web.public_meetings.stats.chart_caption': 'Andel av sakstiden etter type sak',
  'web.public_meetings.stats.chart_summary': 'Andel av sakstiden per organ: {bodies}.',
  'web.public_meetings.stats.chart_body':
    '{body}: strategiske {strategic}, operative {operational}, andre saker {other}',
  'web.public_meetings.stats.chart_body_none': '{body}: ingen sakstid registrert',
  'web.public_meetings.stats.no_item_time': 'Ingen sakstid registrert',
  'web.public_meetings.stats.part.strategic': 'Strategiske (hva)',
  'web.public_meetings.stats.part.operational': 'Operative (hvordan)',
  'web.public_meetings.stats.part.other': 'Andre saker',
  'web.public_meetings.stats.table_caption': 'Møter, timer og sakstid per organ',
  'web.public_meetings.stats.meetings': 'Avholdte møter',
  'web.public_meetings.stats.hours': 'Timer',
  'web.public_meetings.stats.strategic_share': 'Strategisk andel av tiden på saker',
  'web.public_meetings.stats.no_matter_time': 'Ingen saker',
  'web.public_meetings.stats.none_held': 'Ingen møter er holdt i perioden ennå.',
  'web.public_meetings.stats.attendance_heading': 'Oppmøte',
  'web.public_meetings.stats.attendance_explained':
    'Per organ: møtene hvert medlem deltok i av dem vedkommende var innkalt til, regnet for møter som er holdt. Den som meldte forfall, regnes likevel som innkalt; en varamedlem regnes for møtene vedkommende ble kalt inn til.',
  'web.public_meetings.stats.attendance_caption': 'Oppmøte i {body}',
  'web.public_meetings.stats.member': 'Medlem',
  'web.public_meetings.stats.party': 'Parti',
  'web.public_meetings.stats.attended': 'Møtt',
  'web.public_meetings.stats.attended_of': '{attended} av {of}',
  'web.public_meetings.stats.attended_share': 'Andel',
  'web.public_meetings.stats.none_attendance': 'Ingen oppmøte er registrert i perioden ennå.',
};
