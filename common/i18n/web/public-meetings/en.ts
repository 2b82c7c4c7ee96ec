/** The public meetings pages' English messages: the typed source for sv, nb and nn. */
export const publicMeetingsEn = {
  'web.public_meetings.body': 'Body',
  'web.public_meetings.date': 'Date',
  'web.public_meetings.time': 'Time',
  'web.public_meetings.meeting': 'Meeting',
  'web.public_meetings.kind': 'Kind',
  'web.public_meetings.place': 'Place',
  'web.public_meetings.place_none': 'Not given',
  'web.public_meetings.state': 'State',
  'web.public_meetings.time_range': '{start}–{end}',
  'web.public_meetings.date_at_time': '{date} at {time}',
  'web.public_meetings.cancel_reason': 'Reason: {reason}',
  'web.public_meetings.minutes_html':
    '{jurisdiction, select, no {Minutes (møtebok) as a web page} other {Minutes as a web page}}',
  'web.public_meetings.minutes_pdf':
    '{jurisdiction, select, no {Minutes (møtebok) as PDF} other {Minutes as PDF}}',

  'web.public_meetings.kind.decision': '{jurisdiction, select, other {Decision meeting}}',
  'web.public_meetings.kind.dialogue': '{jurisdiction, select, other {Dialogue meeting}}',
  'web.public_meetings.kind.citizen_dialogue':
    '{jurisdiction, select, no {Citizen dialogue (gjestebud)} other {Citizen dialogue}}',
  'web.public_meetings.kind.check_in': '{jurisdiction, select, other {Check-in}}',

  'web.public_meetings.state.planned': 'Planned',
  'web.public_meetings.state.notified': 'Notice published',
  'web.public_meetings.state.in_progress': 'In progress',
  'web.public_meetings.state.closed': 'Held',
  'web.public_meetings.state.cancelled': 'Cancelled',

  'web.public_meetings.notice_kind.meeting_notice': '{jurisdiction, select, other {Notice of meeting}}',
  'web.public_meetings.notice_kind.minutes':
    '{jurisdiction, select, no {Approved minutes} other {Signed minutes}}',

  'web.public_meetings.board.heading': '{jurisdiction, select, other {Notice board}}',
  'web.public_meetings.board.lead':
    '{jurisdiction, select, no {The official notice board of {name}: notices of the meetings of the elected bodies, and notices that their minutes (møtebok) have been approved.} other {The official notice board of {name}: notices of the meetings of the council and the committees, and notices that their minutes have been signed. The posting day of the minutes starts the time for appeal.}}',
  'web.public_meetings.board.rules_heading': 'What the dates mean',
  'web.public_meetings.board.rules_minutes':
    '{jurisdiction, select, no {Legality review (lovlighetskontroll): three or more members of the municipal council may together ask for a final decision to be reviewed for legality. The request goes to the body that made the decision within three weeks of the decision (kommuneloven § 27-1). The date shown is that last day, moved to the next working day if it falls on a weekend or public holiday. A party to an individual decision may also appeal it (forvaltningsloven § 28).} other {Appeal (laglighetsprövning): any member of the municipality may appeal a decision to the administrative court (förvaltningsrätten). The appeal must reach the court within three weeks of the day the notice that the minutes were signed was posted on this board (KL 13 kap. 1 and 5 §§). The date shown is that last day, moved to the next working day if it falls on a weekend or public holiday.}}',
  'web.public_meetings.board.rules_notice':
    '{jurisdiction, select, no {A notice of a meeting stays up until the meeting day, the date shown. Meetings of the elected bodies are announced publicly in good time before they are held (kommuneloven § 11-3).} other {A notice of a meeting stays up until the meeting day, the date shown. The council’s meetings are announced at least a week before (KL 5 kap. 11 §).}}',
  'web.public_meetings.board.rules_late':
    'The notice that minutes have been signed must be posted no later than the second day after the signing (KL 8 kap. 12 §). A notice posted later is marked late; the time for appeal still runs from the day it was posted.',
  'web.public_meetings.board.views': 'Notice board views',
  'web.public_meetings.board.current': 'Up now',
  'web.public_meetings.board.archive': 'Archive',
  'web.public_meetings.board.current_heading': 'Up now',
  'web.public_meetings.board.archive_heading': 'Archive: deadlines passed',
  'web.public_meetings.board.current_count':
    '{count, plural, =0 {Nothing is posted on the notice board right now.} one {# notice is up.} other {# notices are up.}}',
  'web.public_meetings.board.archive_count':
    '{count, plural, =0 {The archive is empty.} one {# notice in the archive.} other {# notices in the archive.}}',
  'web.public_meetings.board.feeds_heading': 'Follow the notice board',
  'web.public_meetings.board.feeds_text':
    'Add a feed to your feed reader to hear of new notices as they are posted. The feeds hold what is up now.',
  'web.public_meetings.board.feed_atom': 'Atom feed',
  'web.public_meetings.board.feed_rss': 'RSS feed',
  'web.public_meetings.board.feed_title': 'Notice board of {name}',

  'web.public_meetings.notice.body': 'Body',
  'web.public_meetings.notice.meeting': 'Meeting',
  'web.public_meetings.notice.posted_on': 'Posted on',
  'web.public_meetings.notice.signed_on': '{jurisdiction, select, no {Approved on} other {Signed on}}',
  'web.public_meetings.notice.appeal_by':
    '{jurisdiction, select, no {Last day to ask for legality review (lovlighetskontroll)} other {Last day to appeal (laglighetsprövning)}}',
  'web.public_meetings.notice.meeting_day': 'Meeting day',
  'web.public_meetings.notice.days_left':
    '{days, plural, =0 {the last day is today} one {# day left} other {# days left}}',
  'web.public_meetings.notice.deadline_passed': 'the time has run out',
  'web.public_meetings.notice.source': 'Legal source: {source}',
  'web.public_meetings.notice.kept_at':
    '{jurisdiction, select, no {The minutes (møtebok) are kept at} other {The minutes are kept at}}',
  'web.public_meetings.notice.late_tag': 'Posted late',
  'web.public_meetings.notice.late_text':
    'This notice was posted later than the second day after the minutes were signed (KL 8 kap. 12 §). The time for appeal runs from the day it was posted.',
  'web.public_meetings.notice.links': 'Documents and links: {title}',
  'web.public_meetings.notice.meeting_page': 'About the meeting',

  'web.public_meetings.calendar.heading': 'Meeting calendar',
  'web.public_meetings.calendar.lead':
    'The meetings of the elected bodies of {name}: when and where they meet. Follow a meeting’s link for its agenda and, once it has been held, its decisions.',
  'web.public_meetings.calendar.filter': 'Choose meetings',
  'web.public_meetings.calendar.from': 'From',
  'web.public_meetings.calendar.to': 'To',
  'web.public_meetings.calendar.to_description': 'Leave empty for all later meetings.',
  'web.public_meetings.calendar.to_before_from': 'The last day must be on or after the first day.',
  'web.public_meetings.calendar.all_bodies': 'All bodies',
  'web.public_meetings.calendar.show': 'Show meetings',
  'web.public_meetings.calendar.meetings_heading': 'Meetings',
  'web.public_meetings.calendar.range_today': 'from today on',
  'web.public_meetings.calendar.range_from': 'from {from} on',
  'web.public_meetings.calendar.range_to': 'from {from} to {to}',
  'web.public_meetings.calendar.found':
    '{count, plural, =0 {No meetings} one {# meeting} other {# meetings}} {range}.',
  'web.public_meetings.calendar.found_body':
    '{count, plural, =0 {No meetings} one {# meeting} other {# meetings}} of {body} {range}.',
  'web.public_meetings.calendar.caption': 'Meetings {range}',
  'web.public_meetings.calendar.none_hint':
    'No meetings in this period. Choose another period or all bodies.',
  'web.public_meetings.calendar.subscribe_heading': 'Subscribe in your calendar',
  'web.public_meetings.calendar.subscribe_text':
    'Each body’s meetings are also published as a calendar (iCalendar). To subscribe, copy the address of a link below (right-click or press and hold it, then choose to copy the link) and add it in your calendar app as a subscribed calendar, often called “add calendar from URL”. Your calendar then follows new, moved and cancelled meetings by itself. Opening the link instead downloads the meetings as they are now.',
  'web.public_meetings.calendar.feed': '{body}: calendar (iCal)',
  'web.public_meetings.calendar.no_bodies': 'There are no bodies to subscribe to.',

  'web.public_meetings.meeting.lead': '{body}, {date}.',
  'web.public_meetings.meeting.chair': 'Presiding',
  'web.public_meetings.meeting.notice_published': 'Notice published',
  'web.public_meetings.meeting.urgent': 'Urgent',
  'web.public_meetings.meeting.urgent_reason': 'Called at short notice because it is urgent: {reason}',
  'web.public_meetings.meeting.cancelled_heading': 'The meeting is cancelled',
  'web.public_meetings.meeting.minutes_heading':
    '{jurisdiction, select, no {Minutes (møtebok)} other {Minutes}}',
  'web.public_meetings.meeting.minutes_signed':
    '{jurisdiction, select, no {The minutes have been approved and are public. Items handled behind closed doors show only their public title.} other {The minutes have been signed and are public. Items handled behind closed doors show only their public title.}}',
  'web.public_meetings.meeting.agenda': '{jurisdiction, select, other {Agenda}}',
  'web.public_meetings.meeting.agenda_later': 'The agenda is published with the notice of the meeting.',
  'web.public_meetings.meeting.agenda_none': 'The agenda has no items.',
  'web.public_meetings.meeting.closed_note':
    'Items handled behind closed doors are shown only by their public title and the legal ground for closing them.',

  'web.public_meetings.item.heading': '{number} {title}',
  'web.public_meetings.item.heading_untitled': '{number} (item behind closed doors)',
  'web.public_meetings.item.handled': 'Handled',
  'web.public_meetings.item.now': 'Being handled now',
  'web.public_meetings.item.closed_tag': 'Behind closed doors',
  'web.public_meetings.item.closed':
    '{hasGround, select, yes {Handled behind closed doors: {ground} ({source}).} other {Handled behind closed doors ({source}).}}',
  'web.public_meetings.item.matter': '{jurisdiction, select, no {Case {number}} other {Matter {number}}}',
  'web.public_meetings.item.decision': '{jurisdiction, select, other {Decision}}',
  'web.public_meetings.item.decided_by.acclamation': 'Decided by acclamation.',
  'web.public_meetings.item.decided_by.roll_call': 'Decided after an open vote.',
  'web.public_meetings.item.decided_by.secret': 'Decided by secret ballot.',

  'web.public_meetings.proposal.heading': 'Proposals',
  'web.public_meetings.proposal.label':
    '{by, select, person {Proposal {n} ({who})} other {Proposal {n} (the recommendation)}}',
  'web.public_meetings.proposal.withdrawn': 'withdrawn',
  'web.public_meetings.proposal.eliminated': 'out of the vote',

  'web.public_meetings.vote.round': 'Round {round}: {method}',
  'web.public_meetings.vote.method.acclamation': 'acclamation',
  'web.public_meetings.vote.method.roll_call': 'open vote',
  'web.public_meetings.vote.method.secret': 'secret ballot',
  'web.public_meetings.vote.progress_open': 'Voting: {voted} of {eligible} have voted',
  'web.public_meetings.vote.progress_closed': 'Counted: {voted} of {eligible} voted',
  'web.public_meetings.vote.result_caption': 'Result of round {round}',
  'web.public_meetings.vote.option': 'Proposal',
  'web.public_meetings.vote.votes': 'Votes',
  'web.public_meetings.vote.winner': 'Carried',
  'web.public_meetings.vote.abstain': 'Abstained',
  'web.public_meetings.vote.unknown_option': 'Another proposal',
  'web.public_meetings.vote.tie':
    '{by, select, lot {The votes were tied; the lot decided ({source}).} other {The votes were tied; the chair’s casting vote decided ({source}).}}',
  'web.public_meetings.vote.by_name': 'How each member voted',
  'web.public_meetings.vote.by_name_caption': 'Votes by name, round {round}',
  'web.public_meetings.vote.member': 'Member',
  'web.public_meetings.vote.list': 'Party',
  'web.public_meetings.vote.choice': 'Vote',

  'web.public_meetings.live.heading': 'Live',
  'web.public_meetings.live.later': 'While the meeting is in progress, this page follows it live.',
  'web.public_meetings.live.connection.off': 'Not live',
  'web.public_meetings.live.connection.connecting': 'Connecting…',
  'web.public_meetings.live.connection.live': 'Live',
  'web.public_meetings.live.connection.reconnecting': 'Reconnecting…',
  'web.public_meetings.live.connection.failed': 'Not connected',
  'web.public_meetings.live.connection_help.off': 'The page is no longer updated by itself.',
  'web.public_meetings.live.connection_help.connecting': 'The page will update by itself.',
  'web.public_meetings.live.connection_help.live': 'The page updates by itself as the meeting goes on.',
  'web.public_meetings.live.connection_help.reconnecting':
    'The connection was lost and is being restored; nothing will be missed.',
  'web.public_meetings.live.connection_help.failed':
    'Updates have stopped. They will be tried again shortly, or you can reconnect now.',
  'web.public_meetings.live.reconnect': 'Reconnect',
  'web.public_meetings.live.now': 'Being handled',
  'web.public_meetings.live.between_items': 'No item just now',
  'web.public_meetings.live.not_started': 'The meeting has not opened yet',
  'web.public_meetings.live.attendance': 'Present',
  'web.public_meetings.live.present': '{present} of {seats} members',
  'web.public_meetings.live.quorum':
    '{met, select, yes {Quorate: at least {needed} needed ({source}).} other {Not quorate: {needed} needed ({source}).}}',
  'web.public_meetings.live.latest': 'Latest',
  'web.public_meetings.live.nothing_yet': 'Changes will be announced here.',
  'web.public_meetings.live.opened': 'The meeting has opened.',
  'web.public_meetings.live.closed': 'The meeting has closed.',
  'web.public_meetings.live.cancelled': 'The meeting has been cancelled.',
  'web.public_meetings.live.item_started': 'Now handling {item}.',
  'web.public_meetings.live.item_state': '{item}: {state}.',
  'web.public_meetings.live.vote_opened': '{item}: voting has begun, round {round}.',
  'web.public_meetings.live.vote_counted': '{item}: round {round} is counted; {winner} carried.',

  'web.public_meetings.stats.heading': 'Where the meeting time goes',
  'web.public_meetings.stats.lead':
    'How the elected bodies of {name} use their meetings: how many they hold, how long they last, and how the time on the agenda splits between strategic and operational matters.',
  'web.public_meetings.stats.why':
    '{jurisdiction, select, no {Why it matters: elected members lead by deciding what the municipality is to achieve — goals, priorities, the most important matters — and by leaving how it is done to the administration. More of the meeting time on the “what” and less on the “how” is the move from detail steering to political leadership.} other {Why it matters: elected members lead by deciding what the municipality is to achieve — goals, priorities, the big matters — and by leaving how it is done to the administration. More of the meeting time on the “what” and less on the “how” is the move from detail steering to political leadership.}}',
  'web.public_meetings.stats.term_current': '{term} (current)',
  'web.public_meetings.stats.show': 'Show',
  'web.public_meetings.stats.showing_term':
    'Figures for {term}, {start} to {end}, from meetings that have been held.',
  'web.public_meetings.stats.showing_all':
    'No term of office is registered; the figures cover every meeting that has been held.',
  'web.public_meetings.stats.time_heading': 'Time per body',
  'web.public_meetings.stats.parts_explained':
    'Strategic matters are about what the municipality should achieve (goals, plans, priorities); operational matters are about how the work is done. Other items are the rest of the agenda: opening, roll call, information, delegated decisions. An item’s time runs from when it was taken up to when it was concluded.',
  'web.public_meetings.stats.chart_caption': 'Share of item time by kind of item',
  'web.public_meetings.stats.chart_summary': 'Share of item time per body: {bodies}.',
  'web.public_meetings.stats.chart_body':
    '{body}: strategic {strategic}, operational {operational}, other items {other}',
  'web.public_meetings.stats.chart_body_none': '{body}: no item time recorded',
  'web.public_meetings.stats.no_item_time': 'No item time recorded',
  'web.public_meetings.stats.part.strategic': 'Strategic (what)',
  'web.public_meetings.stats.part.operational': 'Operational (how)',
  'web.public_meetings.stats.part.other': 'Other items',
  'web.public_meetings.stats.table_caption': 'Meetings, hours and item time per body',
  'web.public_meetings.stats.meetings': 'Meetings held',
  'web.public_meetings.stats.hours': 'Hours',
  'web.public_meetings.stats.strategic_share': 'Strategic share of time on matters',
  'web.public_meetings.stats.no_matter_time': 'No matters',
  'web.public_meetings.stats.none_held': 'No meeting has been held in this period yet.',
  'web.public_meetings.stats.attendance_heading': 'Attendance',
  'web.public_meetings.stats.attendance_explained':
    'Per body, the meetings each member attended of those they were called to, counting meetings that have been held. A member who reported absence still counts as called; a substitute counts for the meetings they were called in to.',
  'web.public_meetings.stats.attendance_caption': 'Attendance in {body}',
  'web.public_meetings.stats.member': 'Member',
  'web.public_meetings.stats.party': 'Party',
  'web.public_meetings.stats.attended': 'Attended',
  'web.public_meetings.stats.attended_of': '{attended} of {of}',
  'web.public_meetings.stats.attended_share': 'Share',
  'web.public_meetings.stats.none_attendance': 'No attendance has been recorded in this period yet.',
} as const;

export type PublicMeetingsMessageKey = keyof typeof publicMeetingsEn;
