"""Invented feed stories imitating each wire format, for the feed tests.

Every story here was written for these tests; none is agency copy.
"""

from __future__ import annotations

from wireparse.feeds import Segment
from wireparse.reading.source import BLANK_CHARS

# ANPA-1312, AP style: SYN SYN SOH header, STX, display lines, TAB paragraphs,
# ETX signature, FF, EOT.
ANPA_STORY = (
    "\x16\x16\x01W1234\x1fworld\n"
    "b i\x13\x11 BC-EU--Harbor-Bridge 1stLd-Writethru   03-14 0412\r\n"
    "\x02^BC-EU--Harbor Bridge, 1st Ld-Writethru,389<\r\n"
    "^Engineers reopen the old harbor bridge after storm repairs<\r\n"
    "^AP Photo HB101, HB102<\r\n"
    "^Eds: Updates with comment from the chief engineer. With AP Photos.<\r\n"
    "^By MAREN HOLT=\r\n"
    "^Associated Press=\r\n"
    "\t   PORTVALE, Norway (AP) _ Engineers reopened the old harbor bridge on Tuesday"
    " after a week of storm repairs.\r\n"
    " \r\n"
    "\t   ``We built it to last,'' said Tobias Reyes, the chief engineer. ``It did.''\r\n"
    " \r\n"
    "\t   ___\r\n"
    " \r\n"
    "\t   Associated Press writer Ilse Varga contributed to this report.\r\n"
    "\r\n"
    "\t   \x03AP-WF-03-14-18 1642GMT<\r\n"
    "\r\n"
    "\x0c\r\n"
    "\x04"
)

# ANPA-1312 tabular copy (DC4 DC2): agate rows start with BS and use RS/US/DLE.
ANPA_AGATE = (
    "\x16\x16\x01s0042\x1f-----\n"
    "r s\x14\x12 BC-BBO--HarborLeague     07-02 0210\r\n"
    "\x02^BC-BBO--Harbor League Glance<\r\n"
    "^Harbor League Standings=\r\n"
    "^By The Associated Press=\r\n"
    "^NORTH DIVISION=\r\n"
    "\x08^\x1f\x1e W\x1e \x1e L\x1e \x1e Pct\r\n"
    "\x08Portvale\x1f\x1e 40\x1e \x1e 20\x1e \x1e .667\r\n"
    "\x08Old\x10 Quarry\x1f\x1e 30\x1e \x1e 30\x1e \x1e .500\r\n"
    "^Tuesday's Games=\r\n"
    "\t   Portvale 4, Old Quarry 3\r\n"
    "\t   ;W;L;Pct\r\n"
    "\t   Ferry;12;8;.600<\r\n"
    "\r\n"
    "\t   \x03AP-WF-07-02-19 2315GMT<\r\n"
    "\x0c\r\n"
    "\x04"
)

# ANPA-1312, Bay City News style: no display lines, slug headline after STX,
# a slug line, a reporter sign-off and a contact line, ETX EOT without signature.
ANPA_BAYCITY = (
    "\x16\x16\x01a0007\x1fhbrp-\n"
    "d n\x13\x11 bc-FERRY     05-02 0120   \r\n"
    "\x02\r\n"
    "BCN7:UPDATE:FERRY SERVICE RESUMES ACROSS THE BAY\r\n"
    "\r\n"
    "\t   BCN7             -UPDATE ON FERRY\r\n"
    "\t   \r\n"
    "\t   Ferry service across the bay resumed this morning after the \r\n"
    "storm passed, a port spokesman said.\r\n"
    "\t   Crews checked every landing before the first crossing.\r\n"
    "\t   \r\n"
    "\t   M.Holt215p5/2/95  \r\n"
    "\t   \r\n"
    "\t   CONTACT: Port office (415) 555-0100\r\n"
    "\r\n"
    "\x03\x04\r\n"
)

# ANPA-1312 from a 1994-style serial capture: hard-wrapped paragraphs, EDT.
ANPA_WRAPPED = (
    "\x16\x16\x01v0101\x1f0hb-n\n"
    "r g\x13\x11 AP-CA--ValleyNews     04-11 0150\r\n"
    "\x02^AP-CA--Valley News<\r\n"
    "^<\r\n"
    "^Here is the latest valley news from The Associated\r\n"
    "Press<\r\n"
    "\t   (Riverton) -- The council approved the new canal budget on\r\n"
    "Monday after a long debate.\r\n"
    "\t   \r\n"
    "\t   (Millbrook) -- The orchard harvest starts early this year.\r\n"
    "\t   \x03AP-NY-04-11-94 1420EDT<\r\n"
    "\r\n"
    "\x0c\r\n"
    "\x04"
)

# IPTC 7901, dpa English service style.
IPTC_STORY = (
    "\x01eca042 4 i 180 ccccb   dpa 077\r\n"
    "\n"
    "Norway-transport/Bridge/\r\n"
    "\x021ST LEAD\n"
    "Harbor bridge reopens after storm repairs\n"
    "By Leonie Farrow, dpa =\r\n"
    "\n"
    "Portvale (dpa) - The old harbor bridge reopened on Tuesday after a week\r\n"
    "of repairs.\r\n"
    "\n"
    '"We built it to last," the chief engineer said.\r\n'
    "\n"
    "# Notebook\r\n"
    "\n"
    "## Note to editors\r\n"
    "- adds comment by the chief engineer\r\n"
    "\n"
    "* * * *\r\n"
    "The following information is not intended for publication\r\n"
    "\n"
    "## Editorial contacts\r\n"
    "- Reporting by: Leonie Farrow\r\n"
    "- Tel: +49 30 0000 0000\r\n"
    "\n"
    "dpa lf ab\r\n"
    "\r\n"
    "\x03141642 GMT Mar 18\r\n"
    "\x7f\n"
    "\x7f\x04"
)

# IPTC 7901 as dpa's digitalwires converter writes it: German, no zone, BEL
# signal, picture note, multi-line correction note.
IPTC_DIGITALWIRES = (
    "\x01bdt0000 2 vm 60  dpa 0000\n"
    "\n"
    "Verkehr/Brücke/Norwegen/\n"
    "\x02(Berichtigung: In einer früheren Version hieß es,\n"
    "die Brücke sei gesperrt.)\n"
    "(Eil \x07\x07\x07\x07\x07)\n"
    "Alte Hafenbrücke wieder offen\n"
    "Von Piet Ostrander, dpa\n"
    "(Foto Produktion) =\n"
    "\n"
    "Portvale (dpa) - Die alte Hafenbrücke ist wieder offen.\n"
    "\n"
    "# Notizblock\n"
    "\n"
    "## Internet\n"
    "- [Hafen](https://example.invalid/hafen)\n"
    "\n"
    "* * * *\n"
    "Die folgenden Informationen sind nicht zur Veröffentlichung bestimmt\n"
    "\n"
    "## Kontakte\n"
    "- Autor/in: Piet Ostrander\n"
    "\n"
    "dpa pos hbzz n1 lön\n"
    "\n"
    "\x03141642 Okt 24\n"
    "\x7f\n"
    "\x7f\x04"
)

# IPTC 7901 with a signature that gives no year.
IPTC_NO_YEAR = (
    "\x01eca043 3 i 20  dpa 078\r\n"
    "\r\n"
    "Norway/\r\n"
    "\x02Tide barrier closes =\r\n"
    "\r\n"
    "Portvale (dpa) - The tide barrier closed.\r\n"
    "\r\n"
    "dpa lf\r\n"
    "\x03021805 GMT Jan\r\n"
    "\x7f\x04"
)

# AAP ZCZC, BOB (broadcast) dialect.
ZCZC_BOB = (
    "ZCZC AAP\r\n"
    "%A\r\n"
    "#Harbor_Bridge_BC1\r\n"
    "$Harbor bridge reopens after repairs\r\n"
    ":(PORTVALE)\r\n"
    "&AAPIS\\holtm\r\n"
    "*04000000\r\n"
    "@NSW\r\n"
    "The old harbor bridge has reopened after a week of storm repairs.\n"
    "\n"
    "   Engineers checked every cable before the first cars crossed.\n"
    "\r\n"
    "AAP HLT\r\n"
    "NNNN"
)

# AAP ZCZC, sports (aap) dialect with lone-CR line breaks in the header.
ZCZC_AAP = (
    "   ZCZC AAP\r$T\r:Harbor League\r=Round 9\r^LEAGUE: Harbor League round 9 preview\r"
    "*X\r&A\r+15073000\rPORTVALE, June 3 AAP - Preview of round 9 matches:\r\n"
    "\r\n"
    "Portvale v Old Quarry at the harbor ground 7.30pm\r\n"
    "Tip: Portvale by 12 points\r\n"
    "\r\n"
    "   AAP"
)

# AAP ZCZC, Medianet dialect with a source line.
ZCZC_MEDIANET = (
    "   ZCZC AAP\r\n"
    "%MNETHB PVX\r\n"
    "$J\r\n"
    ":\r\n"
    ":Portvale Harbor Board\r\n"
    "*X\r\n"
    "Media release: Harbor bridge reopens\r\n"
    "\r\n"
    "The Portvale Harbor Board today reopened the old bridge.\r\n"
    "\r\n"
    "SOURCE: Portvale Harbor Board\r\n"
    "\r\n"
    "NNNN\r\n"
)

# AAP ZCZC, racing dialect: originator, routing line, ':' lines.
ZCZC_RACING = (
    "ZCZC FMG042\n"
    "YY HBR PTV\n"
    ":POTTED :Portvale - Brief Form Friday\n"
    ":SPORT - Portvale - Brief Form Friday\n"
    "Race One - Harbor Plate 1200m\n"
    "  SEA BREEZE (M Holt) 4g (5:1-0-1): 2 len 3rd\n"
    "    AAP COMMENT\n"
    "\n"
    "NNNN\n"
)

# AAP ZCZC, Pagemasters dialect whose ':' field is a date.
ZCZC_PAGEMASTERS = (
    "\rZCZC\r#Portvale Grey\r:14/03/2018\r\rFINAL FIELDS\r   1 - 742   Harbor Queen\r"
    "   AAP FIELDS\r"
)

# News Bites: lower-case zczc and tagged lines up to TX#.
ZCZC_NEWSBITES = (
    "zczc\r\n"
    "AN#1001\r\n"
    "KN#News Bites\r\n"
    "PD#14 March 2018 10:00:00\r\n"
    "BY#\r\n"
    "KY#Harbor\r\n"
    "TI#Harbor board lifts dividend\r\n"
    "AB#The harbor board lifted its dividend.\r\n"
    "TX#\r\n"
    "The harbor board lifted its dividend after a strong year.\r\n"
)

PLAIN_TEXT = "Harbor bridge reopens\n\nPORTVALE (AP) - The bridge reopened on Tuesday.\n"

ALL_STORIES: dict[str, str] = {
    "anpa_story": ANPA_STORY,
    "anpa_agate": ANPA_AGATE,
    "anpa_baycity": ANPA_BAYCITY,
    "anpa_wrapped": ANPA_WRAPPED,
    "iptc_story": IPTC_STORY,
    "iptc_digitalwires": IPTC_DIGITALWIRES,
    "iptc_no_year": IPTC_NO_YEAR,
    "zczc_bob": ZCZC_BOB,
    "zczc_aap": ZCZC_AAP,
    "zczc_medianet": ZCZC_MEDIANET,
    "zczc_racing": ZCZC_RACING,
    "zczc_pagemasters": ZCZC_PAGEMASTERS,
    "zczc_newsbites": ZCZC_NEWSBITES,
    "plain_text": PLAIN_TEXT,
}


def assert_lossless(text: str, segments: tuple[Segment, ...]) -> None:
    """Check that *segments* are in order, disjoint and cover every non-blank character."""
    pos = 0
    for segment in segments:
        assert segment.span.start >= pos, segment
        assert segment.span.end > segment.span.start, segment
        assert segment.text == segment.span.of(text)
        assert segment.span.contains(segment.content_span), segment
        gap = text[pos : segment.span.start]
        assert all(c in BLANK_CHARS for c in gap), (pos, segment.span.start, gap)
        assert segment.text[0] not in BLANK_CHARS
        assert segment.text[-1] not in BLANK_CHARS
        pos = segment.span.end
    assert all(c in BLANK_CHARS for c in text[pos:]), text[pos:]


def rules(segments: tuple[Segment, ...]) -> list[str]:
    """Return the rule names of *segments*."""
    return [s.rule for s in segments]
