import type { PublicMeetingsMessageKey } from './en.ts';

export const publicMeetingsNn: Record<PublicMeetingsMessageKey, string> = {
  'web.public_meetings.body': 'Organ',
  'web.public_meetings.date': 'Dato',
  'web.public_meetings.time': 'Tid',
  'web.public_meetings.meeting': 'Møte',
  'web.public_meetings.kind': 'Type',
  'web.public_meetings.place': 'Stad',
  'web.public_meetings.place_none': 'Ikkje oppgitt',
  'web.public_meetings.state': 'Status',
  'web.public_meetings.time_range': '{start}–{end}',
  'web.public_meetings.date_at_time': '{date} kl. {time}',
  'web.public_meetings.cancel_reason': 'Grunn: {reason}',
  'web.public_meetings.minutes_html':
    '{jurisdiction, select, se {Protokollen som nettside} other {Møteboka som nettside}}',
  'web.public_meetings.minutes_pdf':
    '{jurisdiction, select, se {Protokollen som PDF} other {Møteboka som PDF}}',

  'web.public_meetings.kind.decision': '{jurisdiction, select, other {Vedtaksmøte}}',
  'web.public_meetings.kind.dialogue': '{jurisdiction, select, other {Dialogmøte}}',
  'web.public_meetings.kind.citizen_dialogue':
    '{jurisdiction, select, se {Innbyggjardialog (medborgardialog)} other {Innbyggjardialog (gjestebod)}}',
  'web.public_meetings.kind.check_in': '{jurisdiction, select, other {Oppfølgingsmøte}}',

  'web.public_meetings.state.planned': 'Planlagt',
  'web.public_meetings.state.notified': 'Kalla inn',
  'web.public_meetings.state.in_progress': 'Pågår',
  'web.public_meetings.state.closed': 'Halde',
  'web.public_meetings.state.cancelled': 'Avlyst',

  'web.public_meetings.notice_kind.meeting_notice': '{jurisdiction, select, other {Kunngjering av møte}}',
  'web.public_meetings.notice_kind.minutes':
    '{jurisdiction, select, se {Justert protokoll} other {Godkjend møtebok}}',

  'web.public_meetings.board.heading': '{jurisdiction, select, other {Oppslagstavle}}',
  'web.public_meetings.board.lead':
    '{jurisdiction, select, se {Den offisielle oppslagstavla (anslagstavla) til {name}: kunngjeringar av møta i kommunestyret og nemndene, og av at protokollane deira er justerte. Dagen protokollen vert slegen opp, byrjar klagefristen å gå.} other {Den offisielle oppslagstavla til {name}: kunngjeringar av møta i dei folkevalde organa, og av at møtebøkene deira er godkjende.}}',
  'web.public_meetings.board.rules_heading': 'Kva datoane tyder',
  'web.public_meetings.board.rules_minutes':
    '{jurisdiction, select, se {Klage (laglighetsprövning): kvart medlem av kommunen kan klage på eit vedtak til forvaltingsdomstolen (förvaltningsrätten). Klaga må ha kome inn innan tre veker frå dagen det vart slege opp på denne tavla at protokollen er justert (KL 13 kap. 1 og 5 §§). Datoen som er vist, er siste dag, flytta til neste yrkedag om han fell på ei helg eller ein heilagdag.} other {Lovlegkontroll: tre eller fleire medlemmer av kommunestyret kan saman krevje at eit endeleg vedtak vert kontrollert for lovlegheita. Kravet skal setjast fram for det organet som gjorde vedtaket, innan tre veker etter at vedtaket vart gjort (kommunelova § 27-1). Datoen som er vist, er siste dag, flytta til neste yrkedag om han fell på ei helg eller ein heilagdag. Den som er part i eit enkeltvedtak, kan òg klage på det (forvaltningslova § 28).}}',
  'web.public_meetings.board.rules_notice':
    '{jurisdiction, select, se {Ei kunngjering av eit møte heng oppe til møtedagen, datoen som er vist. Møta i kommunestyret skal kunngjerast minst ei veke før (KL 5 kap. 11 §).} other {Ei kunngjering av eit møte heng oppe til møtedagen, datoen som er vist. Møte i folkevalde organ skal kunngjerast på ein føremålstenleg måte i god tid før dei vert haldne (kommunelova § 11-3).}}',
  'web.public_meetings.board.rules_late':
    'Kunngjeringa av at ein protokoll er justert, skal slåast opp seinast andre dagen etter justeringa (KL 8 kap. 12 §). Ei kunngjering som vert slegen opp seinare, er merkt som for sein; klagefristen går likevel frå dagen ho vart slegen opp.',
  'web.public_meetings.board.views': 'Visingar av oppslagstavla',
  'web.public_meetings.board.current': 'Oppslege no',
  'web.public_meetings.board.archive': 'Arkiv',
  'web.public_meetings.board.current_heading': 'Oppslege no',
  'web.public_meetings.board.archive_heading': 'Arkiv: fristen er ute',
  'web.public_meetings.board.current_count':
    '{count, plural, =0 {Ingenting er slege opp på oppslagstavla akkurat no.} one {# kunngjering er slegen opp.} other {# kunngjeringar er slegne opp.}}',
  'web.public_meetings.board.archive_count':
    '{count, plural, =0 {Arkivet er tomt.} one {# kunngjering i arkivet.} other {# kunngjeringar i arkivet.}}',
  'web.public_meetings.board.feeds_heading': 'Følg oppslagstavla',
  'web.public_meetings.board.feeds_text':
    'Legg til ein straum i nyheitslesaren din for å få vite om nye kunngjeringar når dei vert slegne opp. Straumane inneheld det som er oppslege no.',
  'web.public_meetings.board.feed_atom': 'Atom-straum',
  'web.public_meetings.board.feed_rss': 'RSS-straum',
  'web.public_meetings.board.feed_title': 'Oppslagstavla til {name}',

  'web.public_meetings.notice.body': 'Organ',
  'web.public_meetings.notice.meeting': 'Møte',
  'web.public_meetings.notice.posted_on': 'Slege opp',
  'web.public_meetings.notice.signed_on': '{jurisdiction, select, se {Justert} other {Godkjend}}',
  'web.public_meetings.notice.appeal_by':
    '{jurisdiction, select, se {Siste dag for å klage (laglighetsprövning)} other {Siste dag for å krevje lovlegkontroll}}',
  'web.public_meetings.notice.meeting_day': 'Møtedag',
  'web.public_meetings.notice.days_left':
    '{days, plural, =0 {siste dag er i dag} one {# dag att} other {# dagar att}}',
  'web.public_meetings.notice.deadline_passed': 'fristen er ute',
  'web.public_meetings.notice.source': 'Heimel: {source}',
  'web.public_meetings.notice.kept_at':
    '{jurisdiction, select, se {Protokollen vert oppbevart hos} other {Møteboka er tilgjengeleg hos}}',
  'web.public_meetings.notice.late_tag': 'Slegen opp for seint',
  'web.public_meetings.notice.late_text':
    'Kunngjeringa vart slegen opp seinare enn andre dagen etter at protokollen vart justert (KL 8 kap. 12 §). Klagefristen går frå dagen ho vart slegen opp.',
  'web.public_meetings.notice.links': 'Dokument og lenkjer: {title}',
  'web.public_meetings.notice.meeting_page': 'Om møtet',

  'web.public_meetings.calendar.heading': 'Møtekalender',
  'web.public_meetings.calendar.lead':
    'Møta i dei folkevalde organa i {name}: når og kvar dei vert haldne. Følg lenkja til eit møte for sakslista og, når møtet er halde, vedtaka.',
  'web.public_meetings.calendar.filter': 'Vel møte',
  'web.public_meetings.calendar.from': 'Frå',
  'web.public_meetings.calendar.to': 'Til',
  'web.public_meetings.calendar.to_description': 'La stå tomt for alle seinare møte.',
  'web.public_meetings.calendar.to_before_from': 'Sluttdatoen må vere same dag som eller etter startdatoen.',
  'web.public_meetings.calendar.all_bodies': 'Alle organ',
  'web.public_meetings.calendar.show': 'Vis møte',
  'web.public_meetings.calendar.meetings_heading': 'Møte',
  'web.public_meetings.calendar.range_today': 'frå og med i dag',
  'web.public_meetings.calendar.range_from': 'frå og med {from}',
  'web.public_meetings.calendar.range_to': 'frå {from} til {to}',
  'web.public_meetings.calendar.found':
    '{count, plural, =0 {Ingen møte} one {# møte} other {# møte}} {range}.',
  'web.public_meetings.calendar.found_body':
    '{count, plural, =0 {Ingen møte} one {# møte} other {# møte}} i {body} {range}.',
  'web.public_meetings.calendar.caption': 'Møte {range}',
  'web.public_meetings.calendar.none_hint': 'Ingen møte i perioden. Vel ein annan periode eller alle organ.',
  'web.public_meetings.calendar.subscribe_heading': 'Abonner i kalenderen din',
  'web.public_meetings.calendar.subscribe_text':
    'Møta i kvart organ vert òg publiserte som ein kalender (iCalendar). For å abonnere kopierer du adressa til ei lenkje nedanfor (høgreklikk eller hald fingeren på ho, og vel å kopiere lenkja) og legg ho til i kalenderappen din som ein abonnert kalender, ofte kalla «legg til kalender frå URL». Kalenderen følgjer då nye, flytte og avlyste møte av seg sjølv. Opnar du lenkja i staden, vert møta lasta ned slik dei er no.',
  'web.public_meetings.calendar.feed': '{body}: kalender (iCal)',
  'web.public_meetings.calendar.no_bodies': 'Det finst ingen organ å abonnere på.',

  'web.public_meetings.meeting.lead': '{body}, {date}.',
  'web.public_meetings.meeting.chair': 'Møteleiar',
  'web.public_meetings.meeting.notice_published': 'Innkalling send',
  'web.public_meetings.meeting.urgent': 'Hastar',
  'web.public_meetings.meeting.urgent_reason': 'Kalla inn med kort varsel fordi det hastar: {reason}',
  'web.public_meetings.meeting.cancelled_heading': 'Møtet er avlyst',
  'web.public_meetings.meeting.minutes_heading': '{jurisdiction, select, se {Protokoll} other {Møtebok}}',
  'web.public_meetings.meeting.minutes_signed':
    '{jurisdiction, select, se {Protokollen er justert og offentleg. Saker som er handsama for lukka dører, er berre viste med den offentlege tittelen.} other {Møteboka er godkjend og offentleg. Saker som er handsama for lukka dører, er berre viste med den offentlege tittelen.}}',
  'web.public_meetings.meeting.agenda': '{jurisdiction, select, other {Saksliste}}',
  'web.public_meetings.meeting.agenda_later': 'Sakslista vert publisert med innkallinga til møtet.',
  'web.public_meetings.meeting.agenda_none': 'Sakslista har ingen saker.',
  'web.public_meetings.meeting.closed_note':
    'Saker som vert handsama for lukka dører, er berre viste med den offentlege tittelen og heimelen for å lukke møtet.',

  'web.public_meetings.item.heading': '{number} {title}',
  'web.public_meetings.item.heading_untitled': '{number} (sak for lukka dører)',
  'web.public_meetings.item.handled': 'Handsama',
  'web.public_meetings.item.now': 'Vert handsama no',
  'web.public_meetings.item.closed_tag': 'Lukka møte',
  'web.public_meetings.item.closed':
    '{hasGround, select, yes {Vert handsama for lukka dører: {ground} ({source}).} other {Vert handsama for lukka dører ({source}).}}',
  'web.public_meetings.item.matter': '{jurisdiction, select, se {Ärende {number}} other {Sak {number}}}',
  'web.public_meetings.item.decision': '{jurisdiction, select, se {Vedtak (beslut)} other {Vedtak}}',
  'web.public_meetings.item.decided_by.acclamation': 'Vedteke ved akklamasjon.',
  'web.public_meetings.item.decided_by.roll_call': 'Vedteke etter open votering.',
  'web.public_meetings.item.decided_by.secret': 'Vedteke ved skriftleg votering.',

  'web.public_meetings.proposal.heading': 'Framlegg',
  'web.public_meetings.proposal.label':
    '{by, select, person {Framlegg {n} ({who})} other {Framlegg {n} (innstillinga)}}',
  'web.public_meetings.proposal.withdrawn': 'trekt',
  'web.public_meetings.proposal.eliminated': 'fall',

  'web.public_meetings.vote.round': 'Runde {round}: {method}',
  'web.public_meetings.vote.method.acclamation': 'akklamasjon',
  'web.public_meetings.vote.method.roll_call': 'open votering',
  'web.public_meetings.vote.method.secret': 'skriftleg votering',
  'web.public_meetings.vote.progress_open': 'Votering pågår: {voted} av {eligible} har røysta',
  'web.public_meetings.vote.progress_closed': 'Talt opp: {voted} av {eligible} røysta',
  'web.public_meetings.vote.result_caption': 'Resultat av runde {round}',
  'web.public_meetings.vote.option': 'Framlegg',
  'web.public_meetings.vote.votes': 'Røyster',
  'web.public_meetings.vote.winner': 'Vedteke',
  'web.public_meetings.vote.abstain': 'Røysta blankt',
  'web.public_meetings.vote.unknown_option': 'Anna framlegg',
  'web.public_meetings.vote.tie':
    '{by, select, lot {Røystelikskap; loddtrekking avgjorde ({source}).} other {Røystelikskap; dobbeltrøysta til møteleiaren avgjorde ({source}).}}',
  'web.public_meetings.vote.by_name': 'Korleis kvar einskild røysta',
  'web.public_meetings.vote.by_name_caption': 'Røyster per medlem, runde {round}',
  'web.public_meetings.vote.member': 'Medlem',
  'web.public_meetings.vote.list': 'Parti',
  'web.public_meetings.vote.choice': 'Røyst',

  'web.public_meetings.live.heading': 'Direkte',
  'web.public_meetings.live.later': 'Medan møtet pågår, følgjer denne sida det direkte.',
  'web.public_meetings.live.connection.off': 'Ikkje direkte',
  'web.public_meetings.live.connection.connecting': 'Koplar til…',
  'web.public_meetings.live.connection.live': 'Direkte',
  'web.public_meetings.live.connection.reconnecting': 'Koplar til att…',
  'web.public_meetings.live.connection.failed': 'Ikkje tilkopla',
  'web.public_meetings.live.connection_help.off': 'Sida vert ikkje lenger oppdatert av seg sjølv.',
  'web.public_meetings.live.connection_help.connecting': 'Sida vil oppdatere seg sjølv.',
  'web.public_meetings.live.connection_help.live': 'Sida vert oppdatert av seg sjølv medan møtet pågår.',
  'web.public_meetings.live.connection_help.reconnecting':
    'Sambandet vart brote og vert oppretta att; ingenting går tapt.',
  'web.public_meetings.live.connection_help.failed':
    'Oppdateringane har stoppa. Det vert prøvd att om litt, eller du kan kople til att no.',
  'web.public_meetings.live.reconnect': 'Kople til att',
  'web.public_meetings.live.now': 'Vert handsama no',
  'web.public_meetings.live.between_items': 'Inga sak akkurat no',
  'web.public_meetings.live.not_started': 'Møtet er ikkje sett enno',
  'web.public_meetings.live.attendance': 'Til stades',
  'web.public_meetings.live.present': '{present} av {seats} medlemmer',
  'web.public_meetings.live.quorum':
    '{met, select, yes {Vedtaksført: minst {needed} trengst ({source}).} other {Ikkje vedtaksført: {needed} trengst ({source}).}}',
  'web.public_meetings.live.latest': 'Siste',
  'web.public_meetings.live.nothing_yet': 'Endringar vert melde her.',
  'web.public_meetings.live.opened': 'Møtet er sett.',
  'web.public_meetings.live.closed': 'Møtet er heva.',
  'web.public_meetings.live.cancelled': 'Møtet er avlyst.',
  'web.public_meetings.live.item_started': 'No vert {item} handsama.',
  'web.public_meetings.live.item_state': '{item}: {state}.',
  'web.public_meetings.live.vote_opened': '{item}: voteringa har starta, runde {round}.',
  'web.public_meetings.live.vote_counted': '{item}: runde {round} er talt opp; {winner} vart vedteke.',

  'web.public_meetings.stats.heading': 'Kvar møtetida går',
  'web.public_meetings.stats.lead':
    'Korleis dei folkevalde organa i {name} brukar møta sine: kor mange møte dei held, kor lenge dei varer, og korleis tida på sakslista fordeler seg mellom strategiske og operative saker.',
  'web.public_meetings.stats.why':
    '{jurisdiction, select, se {Kvifor det tyder noko: dei folkevalde leier ved å avgjere kva kommunen skal oppnå – mål, prioriteringar, dei store sakene – og ved å overlate til administrasjonen korleis det skal gjerast. Meir av møtetida på «kva» og mindre på «korleis» er overgangen frå detaljstyring til politisk leiarskap.} other {Kvifor det tyder noko: dei folkevalde styrer ved å avgjere kva kommunen skal oppnå – mål, prioriteringar, dei viktigaste sakene – og ved å overlate til administrasjonen korleis det skal gjerast. Meir av møtetida på «kva» og mindre på «korleis» er overgangen frå detaljstyring til politisk leiarskap.}}',
  'web.public_meetings.stats.term_current': '{term} (noverande)',
  'web.public_meetings.stats.show': 'Vis',
  'web.public_meetings.stats.showing_term': 'Tal for {term}, {start} til {end}, frå møte som er haldne.',
  'web.public_meetings.stats.showing_all':
    'Ingen valperiode er registrert; tala gjeld alle møte som er haldne.',
  'web.public_meetings.stats.time_heading': 'Tid per organ',
  'web.public_meetings.stats.parts_explained':
    'Strategiske saker handlar om kva kommunen skal oppnå (mål, planar, prioriteringar); operative saker om korleis arbeidet vert gjort. Andre saker er resten av sakslista: opning, namneopprop, orienteringar, delegerte vedtak. Tida på ei sak vert rekna frå ho vart teken opp til ho vart avslutta.',
  'web.public_meetings.stats.chart_caption': 'Del av sakstida etter type sak',
  'web.public_meetings.stats.chart_summary': 'Del av sakstida per organ: {bodies}.',
  'web.public_meetings.stats.chart_body':
    '{body}: strategiske {strategic}, operative {operational}, andre saker {other}',
  'web.public_meetings.stats.chart_body_none': '{body}: inga sakstid registrert',
  'web.public_meetings.stats.no_item_time': 'Inga sakstid registrert',
  'web.public_meetings.stats.part.strategic': 'Strategiske (kva)',
  'web.public_meetings.stats.part.operational': 'Operative (korleis)',
  'web.public_meetings.stats.part.other': 'Andre saker',
  'web.public_meetings.stats.table_caption': 'Møte, timar og sakstid per organ',
  'web.public_meetings.stats.meetings': 'Haldne møte',
  'web.public_meetings.stats.hours': 'Timar',
  'web.public_meetings.stats.strategic_share': 'Strategisk del av tida på saker',
  'web.public_meetings.stats.no_matter_time': 'Ingen saker',
  'web.public_meetings.stats.none_held': 'Ingen møte er haldne i perioden enno.',
  'web.public_meetings.stats.attendance_heading': 'Oppmøte',
  'web.public_meetings.stats.attendance_explained':
    'Per organ: møta kvart medlem deltok i av dei vedkomande var kalla inn til, rekna for møte som er haldne. Den som melde forfall, vert likevel rekna som innkalla; ein varamedlem vert rekna for møta vedkomande vart kalla inn til.',
  'web.public_meetings.stats.attendance_caption': 'Oppmøte i {body}',
  'web.public_meetings.stats.member': 'Medlem',
  'web.public_meetings.stats.party': 'Parti',
  'web.public_meetings.stats.attended': 'Møtt',
  'web.public_meetings.stats.attended_of': '{attended} av {of}',
  'web.public_meetings.stats.attended_share': 'Del',
  'web.public_meetings.stats.none_attendance': 'Inkje oppmøte er registrert i perioden enno.',
};
