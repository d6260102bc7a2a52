"""Stage 3 of the pipeline: the block rules.

Classification runs in two passes over the cut blocks.

1. **Block rules** (:data:`BLOCK_RULES`) look at one block and what stands
   right next to it, and claim what they recognise for certain by its own
   form: framing, separators, sign-offs, copyright notices, taglines, notes,
   contact lines, credits, disclaimers, captions, embeds, furniture,
   timestamps, bylines.  They are tried in order,
   markdown-it style; the first that returns a kind wins, and a rule that
   cannot decide returns ``None`` and leaves the block to the next.
2. **Layout rules** (:data:`LAYOUT_RULES`) look at the whole story and place
   what is left: the lead paragraph, the headline above it, the subheadings
   and related-story links between paragraphs, the body and what trails it.
   A dateline set alone on its line above the lead is joined to the lead
   first (:func:`join_dateline`).

Every block records the name of the rule that claimed it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from typing import Final

import attrs
import regex

from wireparse import lexicon
from wireparse.metadata.agencies import AGENCY_SIGNOFF as _AGENCY_SIGNOFF
from wireparse.metadata.agencies import (
    SLASHED_SIGNOFF,
    SOURCE_LINE_LANG,
    canonical_agency,
    source_line_agency,
)
from wireparse.metadata.bylines import (
    ORG_WORDS,
    STAFF_TITLE_LINE,
    is_byline_continuation,
    is_job_title_line,
    is_person_name,
    looks_like_byline,
    parse_byline,
)
from wireparse.metadata.bylines import PREFIX as BYLINE_PREFIX
from wireparse.metadata.copyright import Notice, find_notice
from wireparse.metadata.credits import CONTACT
from wireparse.metadata.datelines import LANGUAGE_TIMESTAMP_LABEL, match_dateline
from wireparse.metadata.datelines import language_timestamp as _language_timestamp
from wireparse.metadata.dates import is_timestamp_line
from wireparse.model import BlockKind
from wireparse.reading.blocks import SIGNOFF_WORDS
from wireparse.reading.patterns import KEEP_GIL, lazy_compile
from wireparse.structure.flattened import CAPITALS_HEADING, FlatPiece
from wireparse.structure.flattened import pieces as flat_pieces

__all__ = [
    "BLOCK_RULES",
    "LAYOUT_RULES",
    "Candidate",
    "Rule",
    "State",
    "classify",
    "drop_zero_width",
]

# --------------------------------------------------------------------------
# Grammar fragments.  Each names the convention it encodes.
# --------------------------------------------------------------------------

#: Opening and closing marks that may wrap a title-like line.
QUOTE_CHARS: Final = "\"'“”‘’«»„‚`"
#: Characters after which a block ends a sentence.
SENTENCE_END: Final = ".!?…"
#: Characters that, ending a line, show that the line runs on.
RUNS_ON: Final = ",;:-–—(&/"

#: Reuters' sign-off (``Reuter`` on a line of its own, in any case: ``REUTER``,
#: ``reuter``), AP's ``-0-``, the press-release ``###``, the old copy-desk
#: ``-30-`` and ``ENDS``.
SIGNOFF = lazy_compile(rf"(?:{SIGNOFF_WORDS}|\[?END\]?)\.?")

#: Taglines that name the wire the copy came over (``The-CNN-Wire``, ``AP``).
TAGLINE = lazy_compile(
    r"(?:(?:The[- ])?(?:\p{Lu}[\p{L}&]{0,20}[- ]){1,3}Wire|"
    r"The[- ]Associated[- ]Press|AP|Reuters|AFP|"
    r"Bloomberg(?: News)?|UPI|dpa|Agence France-Presse)(?:\s?\(?(?:TM|™)\)?)?",
)
#: A tagline may be set off by a dash (``-- The Associated Press``, ``-- Reuters.``).
TAGLINE_DASHED = lazy_compile(r"(?:--|[-—–])\s?" + TAGLINE.pattern + r"\.?")

#: Editor's notes and developing-story notes.
#: For example ``Eds: Updates with vote``, ``Editor's Note:``, ``CORRECTION:``;
#: and the note under an interview run as questions and answers saying it was
#: cut: ``This interview has been edited for length and clarity.``,
#: ``This conversation has been condensed and edited.``, ``Answers have been
#: edited for length.``; Reuters' note of what a new version adds, ``(Adds
#: comment from the mayor)``; a wire's advisory to editors, ``Advisory: The
#: Wire will move a weekend package at 6 p.m.``; an update note in mixed case
#: that ends a sentence, ``Update: Police say the boy was found.``
NOTE = lazy_compile(
    r"(?:\^?Eds?:|EDS?:|Editor['’]?s\s+[Nn]ote\b|EDITOR['’]?S\s+NOTE\b|"
    r"(?:Correction|CORRECTION|Clarification|CLARIFICATION)s?\b(?:\s*[:.-]|,\s[^:\n]{1,30}:)|"
    r"(?:Corrections?|CORRECTIONS?)\s+(?:&|and|AND)\s+(?:[Cc]larifications?|CLARIFICATIONS?)\s*:|"
    r"An\s+earlier\s+version\s+of\s+this\s+(?:story|article|report|post)\b|"
    r"\((?:Corrects|Refiles|Recasts|Adds|Updates)\b|(?:Advisory|ADVISORY)\s?:\s|"
    r"This\s+(?:story|article|report|is\s+a\s+(?:breaking|developing)(?:\s+news)?\s+story)"
    r"(?:\s+(?:is|has\s+been|will\s+be|was|is\s+being))?\s+"
    r"(?:breaking|developing|updated|corrected|a\s+developing|a\s+breaking|"
    r"(?:and\s+)?will\s+be\s+updated)|"
    r"This\s+is\s+a\s+(?:breaking|developing)(?:\s+news)?\s+story|"
    r"(?:Developing|DEVELOPING|Breaking|BREAKING)(?:\s+[Ss]tory|\s+[Nn]ews)?\s*[:.]|"
    # An update note set in capitals over a story, with its time or not:
    # "UPDATE: Police say the boy was found.", "UPDATE (9:10 a.m.): ...".
    r"UPDATED?(?:\s?\([^)\n]{1,30}\))?\s?:\s|"
    # ... or in mixed case before a sentence: "Update: Police say the boy
    # was found.", not a timestamp's label ("Update: March 3, 2026") nor a
    # headline with no full stop ("Update: Missing boy found safe").
    r"Update(?:\s?\([^)\n]{1,30}\))?\s?:\s(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    r"Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\b)\p{Lu}\p{Ll}(?=[^\n]*[.!?][\"'”’)]?$)|"
    r"\(?(?:This\s+(?:version|story)\s+(?:corrects|adds|updates|refiles))\b|"
    # An interview's editing note: "This interview has been edited for length and clarity."
    r"(?:This\s+(?:interview|conversation|Q&A|exchange|transcript)|"
    # ... or of its answers: "Answers have been edited for length."
    r"(?:Answers|Responses|Questions\s+and\s+answers)\s+(?:have|were))\s+"
    r"(?:has\s+been|been|was|is)?\s?(?:lightly\s+|slightly\s+)?(?:edited|condensed|shortened)\b)",
)
#: Contributor and production credit lines: a phrase anywhere in the line...
#: For example ``Ada Finch contributed to this report.``; AP's trailer naming a
#: staff writer who helped, where the line ends at ``contributed`` or at the
#: place the writer worked from: ``Associated Press writer Ola Brenner
#: contributed from Dover.``, ``AP writers Ada Finch and Ola Brenner
#: contributed.``
CREDIT = lazy_compile(
    r"\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)\b|"
    r"\b(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?)\s+\p{Lu}[^\n]{0,120}?\s"
    r"contributed(?:\s+(?:from|in)\s+\p{Lu}[\w.'’ ,-]{0,40})?\.?$|"
    r"\bcontributed\s+reporting\b|\bhelped\s+with\s+this\s+(?:story|report)\b"
)
#: ... or an opening (``(Reporting by ...``, ``--With assistance from``), or
#: the ``Contributing:`` label that US papers set under a story before the
#: names of the reporters who helped (``Contributing: Ada Finch, Ola Brenner``).
CREDIT_START = lazy_compile(
    r"\(?(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]eported)\s+by\b|"
    r"[-—–]*\s*With\s+assistance\s+from\b|(?:Contributing|CONTRIBUTING)\s?:\s?\p{Lu}",
)
#: ... or a syndicated story's note of where it ran first, or by whose
#: leave: ``This article originally appeared in The Portvale Courier.``,
#: ``This story was first published by Harbor Review.``, ``Republished with
#: permission of the Courier.``, or made with a partner newsroom: ``This
#: story was produced in partnership with the Harbor News Collaborative.``
SYNDICATION_CREDIT = lazy_compile(
    r"(?:This|The)\s+(?:article|story|report|piece|column|essay)\s+(?:was\s+)?(?:originally|first)\s+"
    r"(?:appeared|published|ran|posted)\s+(?:in|on|by|at)\s+(?:the\s+)?\p{Lu}|"
    # The Canadian Press's note under its copy: "This report by The Canadian
    # Press was first published Dec. 6, 2026."
    r"This\s+(?:article|story|report)\s+by\s+(?:[Tt]he\s+)?\p{Lu}[\w.&'’-]*(?:\s\p{Lu}[\w.&'’-]*){0,3}"
    r"\s+was\s+(?:originally|first)\s+published\b|"
    r"(?:This|The)\s+(?:article|story|report|series|project)\s+(?:was|is)\s+"
    r"(?:produced|published|reported|written)\s+in\s+(?:partnership|collaboration)\s+with\b|"
    r"(?:Republished|Reprinted|Reposted)\s+with\s+(?:the\s+)?permission\b"
)
#: A separator line: three or more of one rule character, possibly spaced
#: (AP's ``___`` between the parts of a story and before its trailers,
#: ``* * *``, ``---``, ``===``, ``———``).  ``#`` marks are sign-offs (:data:`SIGNOFF`).
SEPARATOR = lazy_compile(r"([_=*~—–-])(?:\s?\1){2,}\.?")
#: A filler line between paragraphs: one to three marks and no word (a lone
#: ``.``, ``•``, ``—`` or ``· · ·`` left where a page had an image or a rule).
#: Quotation marks and brackets are never filler.
FILLER = lazy_compile(r"[.•·*…|—–~-](?:\s?[.•·*…|—–~-]){0,2}")
#: Publishers' standards statements and disclaimers, by their opening: Reuters'
#: ``Our Standards: The Thomson Reuters Trust Principles.``, an opinion page's
#: ``The views expressed are the author's own.`` (``Opinions expressed by ...
#: are their own.``), ``This article is for informational purposes only``,
#: market data's ``All quotes delayed a minimum of 15 minutes.``, a syndicated
#: page's ``(Except for the headline, this story has not been edited by ...
#: staff ...)``, AP's ``Find AP's standards for working with philanthropies ...``.
DISCLAIMER_START = lazy_compile(
    r"(?:Our\s+[Ss]tandards|OUR\s+STANDARDS)\s*:|"
    r"(?:The\s+|Any\s+)?(?:[Vv]iews|[Oo]pinions)\s+expressed\s+(?:[^.\n]{1,60}?\s)?"
    r"(?:are|is)\s+(?:solely\s+)?(?:those\s+of|the\s+authors?['’]?s?\b|(?:his|her|their|my)"
    r"\s+own\b|the\s+writer['’]s\b|not\s+necessarily\b)|"
    r"(?:This|The)\s+(?:article|story|content|material|information)\s+(?:is|was|has\s+been)\s+"
    r"(?:provided\s+)?for\s+(?:general\s+)?information(?:al)?\s+purposes\s+only\b|"
    r"All\s+quotes\s+(?:are\s+)?delayed\b|"
    r"\(?(?:Except\s+for\s+the\s+headline,\s+)?[Tt]his\s+story\s+has\s+not\s+been\s+edited\s+by\b|"
    r"Find\s+AP['’]s\s+standards\b",
)
#: ... or by a sentence anywhere in a short block: AP's ``The AP is solely
#: responsible for all content.`` after a funder's support statement; an
#: Indian site's note under agency copy that it ran unedited, ``(Only the
#: headline of this report may have been reworked by Harbour Times staff;
#: the rest of the content is auto-generated from a syndicated feed.)``.
DISCLAIMER_ANY = lazy_compile(
    r"\bis\s+solely\s+responsible\s+for\s+all\s+content\b|"
    r"\bauto-?generated\s+from\s+a\s+syndicated\s+(?:news\s+)?feed\b"
)
#: An e-mail address, as contact lines give them.
#: For example ``afinch@example.net``.
EMAIL = lazy_compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
#: Where a list of names on a contact line splits.
#: For example ``Ada Finch, Ola Brenner and Tomas Weil``.
_CONTACT_SPLIT = lazy_compile(r"\s*(?:,|;|\band\b|&)\s*")
#: A place or address after a name on a contact line (``in Oslo``, ``at jdoe@...``).
_CONTACT_TAIL = lazy_compile(r"\s(?:in|at)\s.*$")
#: Photo and video captions and image credits, by their label...
#: For example ``Image caption``, the BBC's ``Image source, Harbour
#: Trust``, ``Photo: Ada Finch``, ``Photograph: Ada
#: Finch`` (the label spelt out, as British papers credit a picture),
#: ``Foto: Die Fähre am Pier``, ``Imagen: El puerto``, ``FILE PHOTO``; or by
#: a wire caption's pointing at its picture: ``This undated photo provided by
#: the family shows Ada Finch``, ``In this image released by police, ...``;
#: or by a caption's own label for what the picture shows, or where, in the
#: words of each language, before a capital: ``Pictured: Ada Finch outside
#: the court``, ``Above: The new ramps``, ``Main picture: ...``, ``Inset:
#: ...``, ``From left, Ada Finch, Ola Brenner and ...``, ``(L-R) Ada Finch
#: ...``, ``Left to right: ...``, ``Im Bild: ...``, ``Von links: ...``,
#: ``De gauche à droite : ...``, ``De izquierda a derecha, ...``.
CAPTION_START = lazy_compile(
    r"(?:Image|Media|Video|Photo|Picture)\s+(?:caption|copyright|credit)\b|"
    # The BBC's credit label, a comma after it: "Image source, Getty Images".
    r"(?:Image|Media|Video)\s+source,\s(?=\p{Lu})|"
    r"\(?(?:Photo(?:graph)?|Picture|Image)s?\s?:\s|FILE\s*[-—–]|\(?FILE\s+PHOTO\)?|"
    # ... in the words of each language: "Foto: Die Brücke im Bau.", "Imagen: ...";
    # German copy labels the caption of a series "Fotos:" or "Bilder:" ("Fotos:
    # Die Fähre am Pier.", a credit too: "Fotos: Jan Roth/dpa").
    r"\(?(?:Fotos?|Bild(?:er)?|Imagen)\s?:\s|"
    # A caption's label for what the picture shows: "Pictured: Ada Finch ...".
    r"(?:Pictured|PICTURED|Above|ABOVE|Inset|INSET|Main\s+(?:picture|image|photo)|Im\s+Bild|"
    r"Ci-dessus|Sur\s+la\s+photo|En\s+la\s+(?:imagen|foto))\s?:\s(?=[\p{Lu}\d\"“„«])|"
    # ... or for where each person stands: "From left, Ada Finch, ...", "(L-R) ...".
    r"\(?(?:From\s+left(?:\s+to\s+right)?|FROM\s+LEFT|Left\s+to\s+right|L\s?-\s?R|L\s+to\s+R|"
    r"Clockwise\s+from\s+(?:top\s+)?left|Von\s+links(?:\s+nach\s+rechts)?|"
    r"De\s+gauche\s+à\s+droite|De\s+izquierda\s+a\s+derecha)\)?\s?[:,]?\s(?=\p{Lu})|"
    # A wire caption pointing at its picture: "This undated photo provided
    # by the family shows ...", "In this image released by police, ...".
    r"(?:In\s+this|This)\s+(?:[\w-]+\s+){0,2}(?:photo|image|picture|photograph|video|frame\s+grab)\s+"
    r"(?:provided|released|taken|made|posted|shared|obtained|courtesy|from)\b",
)
#: ... or by a subject named and the picture's source, and no verb: ``Ada
#: Finch, 17, in a photo provided by her family.``
CAPTION_SUBJECT = lazy_compile(
    r"\p{Lu}[^.,\n]{1,60},\s(?:\d{1,3},\s)?(?:seen\s|shown\s|pictured\s)?in\s(?:an?|this)\s"
    r"(?:[\w-]+\s){0,2}(?:photo|image|picture|photograph)\s(?:provided|released|taken|posted|shared)"
    r"\s(?:by|to)\s[^.\n]{1,60}\.?"
)
#: ... or by the place in the picture of a person it names, after the name
#: between commas, as captions tell who is who, then ``and``, ``with`` or a
#: verb in the present: ``Ada Finch, left, and Ola Brenner repaint the
#: doors.``, ``Coach Tom Hale, center, talks to his players.``, ``Ada
#: Finch, second from right, cuts the ribbon.``  (``Ada Finch, left,
#: without a ride, ...`` is a sentence of the story.)
CAPTION_POSITION = lazy_compile(
    r"\p{Lu}[\p{L}'’.-]{1,30},\s(?:(?:second|third|far)\s(?:from\s)?)?"
    r"(?:left|right|center|centre|top\sleft|top\sright|bottom\sleft|bottom\sright),\s"
    r"(?:and|with|\p{Ll}{2,20}s)\b"
)
#: The most words of a caption that names its people's places (:data:`CAPTION_POSITION`).
_POSITION_CAPTION_MAX_WORDS: Final = 45
#: ... or by a wire photo's place and full date ending its one sentence, as
#: AP captions give them: ``Crews clear the pier in Portvale, Maine, on
#: Friday, March 6, 2026.``  Story copy gives the weekday or the date, not
#: both with the year.
CAPTION_DATED = lazy_compile(
    r"\sin\s\p{Lu}[^\n]{0,60}?,?\son\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s"
    r"(?:Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|January|"
    r"February|August|September|October|November|December)\s\d{1,2},\s\d{4}\.$"
)
#: Words of a sentence that puts its date ahead (``The trial is set to open
#: in Dover on Monday, June 1, 2026.``) or tells of the past, as obituaries
#: date a death or a wedding (``She died at home in Dover on Tuesday, March
#: 3, 2026.``): a caption shows what the picture shows, in the present.
_NOT_CAPTION_TENSE = lazy_compile(
    r"\b(?:will|would|set\s+to|scheduled|expected|due|planned|"
    r"was|were|had|died|born|married|passed\s+away)\b"
)
#: ... or by the place and full date that end a wire picture's one sentence
#: as Reuters sets them, with no ``on`` and no weekday: ``Workers repair the
#: sea wall in Portvale, Maine March 3, 2026.``, ``A general view of the
#: harbour is seen in Ferring March 3, 2026.``  Story copy dates an event
#: with ``on`` (``... in Dover on March 3, 2026.``).
CAPTION_DATED_WIRE = lazy_compile(
    r"\sin\s\p{Lu}[^\n]{0,60}?,?\s(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|"
    r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s\d{1,2},\s\d{4}\.$"
)
#: A picture's caption in a slideshow, its place in the show ahead of it,
#: as Reuters sets the caption of its first picture over the story: ``1 of
#: 4. Workers repair the sea wall at Portvale.``  (The counter alone, ``1 of
#: 4.``, is furniture: :data:`COUNTER`.)
SLIDE_CAPTION = lazy_compile(r"\d{1,3}\s+of\s+\d{1,3}\.\s+\p{Lu}\S*(?:\s+\S+){3}")
#: ... or by its one sentence pointing at the picture in the passive, as
#: galleries and live pages caption a photo: ``Ada Finch is shown here with
#: the restored lamp.``, ``The two founders are shown in this photo from
#: 1921.``, ``The ferry is pictured here leaving Portvale``, ``The same boat
#: is here shown at the quay`` (no stop too).
CAPTION_SHOWN = lazy_compile(
    r"\p{Lu}[^.!?\n]{2,200}?\s(?:is|are)\s(?:here\s(?:shown|pictured|seen)\b|"
    r"(?:shown|show|pictured|seen)\s(?:here\b|(?:[^.!?\n]{1,60}?\s)?in\s(?:this|an?)\s"
    r"(?:[\w-]+\s)?(?:photo|image|picture|photograph)\b))[^.!?\n]{0,200}\.?"
)
#: The most words of a caption pointing at its picture (:data:`CAPTION_SHOWN`).
_SHOWN_CAPTION_MAX_WORDS: Final = 40
#: The most words of a dated caption (:data:`CAPTION_DATED`).
_DATED_CAPTION_MAX_WORDS: Final = 40
#: A short credit line of its own, with no sentence after it: ``Photo by Ada
#: Marsh/Courier``, ``Photograph by Ada Marsh``, ``(Photo by Ada Marsh)``,
#: ``Photo courtesy of the family``, ``Photo: Courtesy of the family``,
#: ``Credit: Ada Marsh``, ``Courtesy of the harbour board``.
CREDIT_LINE = lazy_compile(
    r"\(?(?:(?:Photo(?:graph)?|Picture|Image)s?(?:\s+by|\s+courtesy(?:\s+of)?|\s?:\s?[Cc]ourtesy(?:\s+of)?)|"
    r"Cr[ée]dits?\s?:|"
    r"Courtesy\s+of)\s[^.!?]{1,80}"
)
#: A photographer's credit on a line of its own, the names capitalised:
#: ``Photo by Ada Marsh``, ``Photos by Ada Marsh and Corin Vale``,
#: ``Photograph by Ada Marsh``, ``(Photo by Ada Marsh)``, ``Photo: Ada
#: Marsh/Harbor Herald``.  (``Photos by local children hang in the hall.``
#: and ``Photo by photo, the show ...`` are sentences.)
PHOTO_CREDIT_LINE = lazy_compile(
    r"(\()?(?:Photo(?:graph)?|Picture|Image)s?(?:\s?:\s?|\s+by\s)"
    r"\p{Lu}[\p{L}\p{M}.'’-]{0,30}(?:(?:\s|\s?[/|]\s?)(?:and\s|&\s)?\p{Lu}[\p{L}\p{M}.'’-]{0,30}){0,5}"
    r"(?(1)\))"
)
#: The most words of a :data:`CREDIT_LINE`.
_CREDIT_LINE_MAX_WORDS: Final = 8
#: ... or by the credit that ends them (``(AP Photo/Jane Doe)``, PA's
#: ``(Harbour Trust/PA)`` and ``(Jane Doe/PA Wire)``, without brackets
#: too: ``Jane Doe/PA Wire``, ``Jane Doe/PA Wire/PA Images``), a TV
#: station's call sign in brackets after the last sentence too (``The
#: bridge from the east bank. (KPVN)``, ``(WXRT-TV Photo)``).
CAPTION_END = lazy_compile(
    r"(?:\((?:AP|Reuters|AFP|Getty|EPA)\s+Photo[^)\n]{0,60}\)|"
    r"\b(?:Getty\s+Images|AFP\s+via\s+Getty|File\s+photo)\)?|"
    # A photographer and the agency: "Ada Marsh/AP", "Ada Marsh/Getty Images";
    # PA's credit, a photographer or the picture's giver, a slash and the
    # agency in brackets after a caption with no stop: "(Harbour Trust/PA)",
    # "(Ada Marsh/PA Wire)", or the agency's name alone: "(PA Wire)".
    r"(?<=\w)/(?:AP|Reuters|AFP|EPA|Bloomberg|Shutterstock)\)?|"
    # PA's credit with no brackets too, its pictures desk after it: "Ada
    # Marsh/PA Wire", "Harbour Trust/PA", "Ada Marsh/PA Wire/PA Images".
    r"(?<=\w)/PA(?:\s(?:Wire|Media))?(?:/PA\sImages)?\)?|(?<=\w\s)\(PA\s(?:Wire|Media)\)|"
    # A station's call sign in brackets after the last sentence: "(KPVN)".
    r"(?<=[.!?]\s)\([KW][A-Z]{2,3}(?:-(?:TV|DT))?(?:\s(?:Photo|PHOTO|photo|File|FILE|file))?\))\s*$",
)
#: The picture agencies a credit names after a slash (:data:`CREDIT_ALONE`)
#: or alone in brackets (:data:`CAPTION_AGENCY_END`, which adds a few).
_PICTURE_AGENCY = r"(?:Getty\s+Images|AP|Reuters|AFP|EPA|Bloomberg|Shutterstock)"
#: ... or by a picture agency's name alone in brackets at the end of a
#: caption with no full stop, as British national papers credit a wire
#: picture under it: ``Ferry passengers wait on the quay at Portvale
#: (EPA)``, ``... (AFP/Getty)``, ``... (Getty Images)``, ``... (AP)``.  The
#: bracket follows a word, no stop: a dateline ends with a date or a place
#: in capitals before its agency (``PORTVALE, Maine, March 3, 2026 (AP)``).
CAPTION_AGENCY_END = lazy_compile(
    r"(?<=\p{L}\s)\((?:"
    + _PICTURE_AGENCY
    + r"|PA|Alamy|Rex(?:\s+Features)?|Rex/Shutterstock|Getty|AFP/Getty(?:\s+Images)?|"
    r"EPA/\p{Lu}[\p{L}-]{1,20})\)$"
)
#: The fewest words of a caption ending with a bracketed picture agency
#: (:data:`CAPTION_AGENCY_END`): a headline or a link with the agency after
#: it is shorter.
_AGENCY_CAPTION_MIN_WORDS: Final = 8
#: ... or a picture's credit alone on its line with a full stop after it: a
#: photographer or a source, a slash and a picture agency (``Bloomberg/Getty
#: Images.``, ``Ada Marsh/AP.``, ``Getty Images/AFP.``).
CREDIT_ALONE = lazy_compile(
    r"\(?(?:\p{Lu}[\w.&'’-]*(?:\s\p{Lu}[\w.&'’-]*){0,3}\s?/\s?)+" + _PICTURE_AGENCY + r"\)?\."
)
#: ... or a photographer's credit alone on its line, the name, a slash and
#: the outlet the picture was taken for, as local papers and stations credit
#: their own pictures under the caption: ``Ada Marsh/Portvale Courier``,
#: ``Ada Marsh / Portvale Courier``, ``(Ada Marsh/Courier)``, ``ADA
#: MARSH/PORTVALE COURIER``, the copyright sign before it too (``© Ada
#: Marsh/Portvale Courier``, ``(© Ada Marsh/Courier)``); the name must read
#: as a person's (:func:`is_photographer_credit`).
PHOTOGRAPHER_CREDIT = lazy_compile(
    r"(\()?(?:©\s?)?(?P<name>\p{Lu}[\p{L}.'’-]{0,30}(?:\s\p{Lu}[\p{L}.'’-]{0,30}){1,3})\s?/\s?"
    r"\p{Lu}[\p{L}&.'’-]{0,30}(?:\s(?:&\s|of\s)?\p{Lu}[\p{L}&.'’-]{0,30}){0,4}(?(1)\))\.?"
)
#: ... or by a photo credit set after its last sentence, in the words of
#: each language: ``Die Fähre am Pier. Bild: dpa``, ``Le bac à quai. Photo :
#: AFP``, ``El barco en el puerto. Foto: EFE/Ana Ruiz``, ``The pier. Photo:
#: Jane Doe``, ``The pier. Photograph: Jane Doe/Courier``, Irish and
#: British papers' ``The pier. Picture: Jane Doe``, ``... Pic: Jane Doe``
#: (capitalised words only), New Zealand papers' ``The pier. Photo /
#: Supplied``, in brackets too
#: (``The pier. (Photo: Jane Doe/Courier)``), or
#: ``Photo by``: ``The pier. Photo by Jane Doe``, or ``Courtesy of`` and the
#: giver: ``The pier. Courtesy of the Harbor Board``, a family's too (``The
#: pier. (Courtesy of the Finch family)``), or the ``Courtesy`` label (``The
#: pier. (Courtesy: Harbor Board)``).  The credit is at most six words.  A
#: note in brackets on what the picture is may stand before it, as dpa sets
#: an archive or symbol picture's: ``Die Fähre am Pier. (Archivbild) Foto:
#: Ada Roth/dpa``.
CAPTION_CREDIT_END = lazy_compile(
    r"(?<=[.!?…\"”»)]\s)\(?(?:"
    r"(?:Bild|Fotos?|Photo(?:graph)?s?|Image|Courtesy|Cr[ée]dit(?:s|\s+photo)?)\s?:\s?\S{1,40}(?:\s\S{1,40}){0,5}"
    # "Photo by" and a name: capitalised words only ("Photos by local
    # artists will be shown" is a sentence).
    r"|(?:Photo|Picture|Image)s?\s+(?:by|courtesy\s+of)\s\p{Lu}\S{0,39}(?:\s\p{Lu}\S{0,39}){0,3}"
    # Irish and British papers' "Picture:" or "Pic:" and the photographer,
    # capitalised words only ("Picture: a town without cars" is prose).
    r"|(?:Picture|Pic)s?\s?:\s?\p{Lu}\S{0,39}(?:\s(?:and\s|of\s|&\s)?\p{Lu}\S{0,39}){0,5}"
    # New Zealand papers' label and source apart by a spaced slash: "Photo /
    # Supplied", "Photo / Jane Doe".
    r"|(?:Photo|Picture|Image)s?\s/\s\p{Lu}\S{0,39}(?:\s\p{Lu}\S{0,39}){0,3}"
    # "Courtesy of" and the giver, capitalised ("Courtesy of the Harbor Board").
    r"|Courtesy\s+of\s(?:the\s)?\p{Lu}\S{0,39}(?:\s(?:of\s|the\s)?\p{Lu}\S{0,39}){0,4}"
    r"(?:\sfamily\)?)?"
    r")$"
)
#: ... or by a photographer and an outlet after its last sentence, in
#: brackets or not, as newspapers credit their own pictures: ``The pier at
#: dawn. (Jane Doe/Portvale Courier)``, ``The pier at dawn. Jane Doe/Portvale
#: Courier``; some set the slash between spaces: ``The pier at dawn. (Jane
#: Doe / Portvale Courier)``; a short name in capitals may come first, an
#: agency's before its photographer (EFE's ``Bañistas en la playa. EFE/Ana
#: Ruiz``) or a picture's source before the outlet (``A poster of 2015.
#: (PDQ/Harbor Review)``); the copyright sign may mark it (``The pier at
#: dawn. © Jane Doe/Portvale Courier``, ``... (© Jane Doe/Courier)``;
#: :func:`credits_a_picture`).
CAPTION_CREDIT_SLASH = lazy_compile(
    r"(?<=[.!?…\"”»]\s)(\()?(?:©\s?)?(?:(?:\p{Lu}[\w.'’-]*\s){1,3}?\p{Lu}[\w.'’-]*"
    r"(?:/| / )\p{Lu}[\w .&'’-]{1,40}"
    r"|\p{Lu}{2,6}\s?/\s?\p{Lu}[\p{L}.'’-]{0,30}(?:\s\p{Lu}[\p{L}.'’-]{0,30}){1,3})"
    r"(?(1)\))$"
)
#: An embedded tweet's attribution: ``— Jane Doe (@jdoe) March 7, 2019``.
EMBED = lazy_compile(
    r"(?:pic\.twitter\.com/\w{1,20}|\(@\w{1,15}\)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\s*$",
)
#: Counters and pagers: ``87comments``, ``12 Shares``, ``1 of 4.``, a PDF
#: page's ``Page 2 of 6``; a page's reading time, in the words of each
#: language: ``4 min read``, ``5-minute read``, ``Reading time: 4
#: minutes``, ``Lesezeit: 2 Min.``, ``3 Min. Lesezeit``, ``Temps de lecture
#: : 3 min``, ``Tiempo de lectura: 2 min``, ``Lectura: 3 min.``; a
#: station's weather banner: ``2 Alerts In Effect``, ``1 weather alert``.
COUNTER = lazy_compile(
    r"\d{1,7}\s?(?:comments?|shares?|views?|likes?|replies|reactions?)|"
    r"\d{1,3}\s(?:weather\s)?alerts?(?:\sin\seffect)?|"
    r"\d{1,3}\s+of\s+\d{1,3}\.?|(?:Photo|Image|Slide|Page|PAGE)\s+\d{1,3}\s+of\s+\d{1,3}|"
    r"(?:Reading\s+time|Read\s+time|Lesezeit|Lesedauer|Temps\s+de\s+lecture|"
    r"Tiempo\s+(?:estimado\s+)?de\s+lectura|Lectura)\s?:\s?(?:ca\.\s|about\s|env\.\s)?"
    r"\d{1,3}\s?(?:min(?:ute[ns]?|utos?)?\.?)|"
    r"\d{1,3}[\s-]?(?:min(?:ute[ns]?|utos?)?\.?)\s(?:read|Lesezeit|de\s+lecture|de\s+lectura)",
    regex.IGNORECASE,
)
#: Promotional and navigation phrases of web pages around syndicated copy.
#: For example ``Related: ...``, ``Read more:``, ``Read the full story on
#: ...:``, ``Advertisement``, a page's
#: ``Skip to content`` link; a video player's ``Now playing``; a media link's
#: ``Watch: ...`` or ``Listen: ...``; a TV station's newscast promo alone on
#: its line (``Watch 7 News at 5``); a cookie banner's ``We use cookies ...``
#: and ``Cookie settings``; a typo link, ``CLICK HERE to report a typo in this story.``
#: (``Click here`` in capitals too); a blog's ``Like this:``; ABC News' ``MORE: ...``;
#: a newsletter's envelope (``View in browser``, ``View this
#: email in your browser``, ``You are receiving this email because ...``,
#: ``Forward this email to a friend.``, ``This newsletter is supported by
#: ...``, a sponsor's ``Presented by Harbor Bank`` to the end of the line, a
#: forwarded copy's ``From: The Harbor Brief <brief@example.com>``); a live
#: page's ``Refresh this page for the latest updates.``; a script's
#: placeholder alone on its line, ``Loading...``.
#: ``Advertisement`` before a lower-case word (``Advertisement posters from
#: the 1920s hang in the hall.``), ``Advertisements`` before one too, and
#: ``Subscribe to`` before ``the``, ``a`` or ``an`` and a lower-case word
#: (``Subscribe to the county's text alerts, the sheriff said.``) open
#: sentences, not labels; so does ``Sponsored by`` and a name before a
#: comma and the rest of a sentence (``Sponsored by the harbour board, the
#: race draws 400 rowers.``), where ``Sponsored by Harbor Bank`` is a label.
FURNITURE_START = lazy_compile(
    r"Related(?:\s+(?:Content|Stories|Articles|Coverage|Links))?\s*:|RELATED\s*:|"
    r"Read\s+[Mm]ore\s*:|READ\s+MORE\s*:|More\s*:|MORE\s*:|Also\s+[Rr]ead\s*:|See\s+[Aa]lso\s*:|"
    # A pointer to the whole story elsewhere: "Read the full story on ...:",
    # "Read the full interview here."
    r"Read\s+the\s+full\s+(?:story|article|report|interview|profile)\b|"
    r"ALSO\s+READ\s*:|SEE\s+ALSO\s*:|(?:Read\s+[Aa]lso|READ\s+ALSO)\s*:|"
    # Indian sites' link label before a bar: "Also Read | ...".
    r"(?:Also\s+[Rr]ead|ALSO\s+READ|Read\s+[Aa]lso|READ\s+ALSO)\s?\|\s|"
    r"Skip\s+Ad|Skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|article)\b|"
    r"Skip\s+navigation\b|(?:Advertisement|ADVERTISEMENT)(?!s?\s+\p{Ll})|"
    # A page's own sales link: "Advertise with us", "Advertise with NZME."
    r"Advertise\s+with\s+(?:us\b|\p{Lu})|"
    r"(?:Sponsored|SPONSORED)(?!\s+by\s[^\n]{0,80}?,\s\p{Ll})|"
    r"E-?mail\s+(?:to\s+a\s+friend|this\s+(?:story|article))|"
    r"(?:Share|Tweet|Email|Print)\s+this\b|Click\s+here\b|CLICK\s+HERE\b|Sign\s+up\s+(?:for|to)\b|"
    r"Follow\s+(?:us|@)|Subscribe\s+(?:now\b|to\b(?!\s+(?:the|a|an)\s+\p{Ll}))|Download\s+the\s+app\b|"
    r"Story\s+highlights\b|STORY\s+HIGHLIGHTS\b|Most\s+(?:Popular|Read|Viewed)\b|"
    # A video player's queue: "Now playing" alone or before a colon, "NOW
    # PLAYING" ("Now playing at the Bijou is ..." is a sentence).
    r"Now\s+[Pp]laying(?:\s?:|$)|NOW\s+PLAYING\b|"
    # A media link's label: "Watch: The gates close", "Listen: Hear the vote."
    r"(?:Watch|WATCH|Listen|LISTEN)\s?:\s|"
    # A TV station's promo for its newscast, the whole line: "Watch 7 News at
    # 5", "Watch KXRT News at 10 p.m." ("Watch 7 News at 5 for the full
    # story, the station said." goes on: a sentence).
    r"Watch\s+(?:(?:\p{Lu}[\p{L}-]*|\d{1,3})\s+){1,3}News\s+(?:at|on)\s+\d{1,2}(?::\d\d)?"
    r"(?:\s?[ap]\.?m\.?)?$|"
    # A cookie banner: "We use cookies to ...", "Cookie settings".
    r"We\s+use\s+cookies\b|(?:Cookie|COOKIE)\s+(?:[Ss]ettings|[Pp]olicy|[Pp]references|[Cc]onsent)\b|"
    # A blog's like button: "Like this:", "Like Loading...".
    r"Like\s+this\s?:|Like\s+Loading\b|"
    # A newsletter's envelope, and a forwarded copy's sender line.
    r"View\s+(?:this\s+(?:email|newsletter)\s+)?in\s+(?:your\s+|a\s+)?(?:web\s+)?browser\b|"
    r"You\s+(?:are\s+receiving|received|have\s+received)\s+this\s+(?:email|newsletter|message)\b|"
    r"Forward\s+this\s+(?:email|newsletter)\b|"
    r"This\s+(?:newsletter|email)\s+(?:is|was)\s+(?:supported|sponsored|brought\s+to\s+you|presented)"
    r"\s+by\b|(?:Presented|PRESENTED)\s+(?:by|BY)(?:\s\p{Lu}[\w&'’.-]*){1,5}$|"
    r"From:\s[^\n<>]{1,60}<[^\s<>@]{1,64}@[^\s<>]{1,100}>$|"
    # A live page's call to reload it: "Refresh this page for the latest updates."
    r"Refresh\s+(?:this\s+page|the\s+page|for\s+(?:the\s+)?latest)\b|"
    # A script's placeholder left in the captured text, the whole line:
    # "Loading...", "Loading…", "LOADING".
    r"(?:Loading|LOADING)(?:\.{3}|…)?$",
)
#: Calls to readers anywhere in a short line (CNN's iReport promotions).
#: For example ``Share your photos of the storm``, ``Send us your photos and
#: videos``, a word saying of what before them too (``Send us your snow
#: photos``), a comments box's call (``Share your memories of Ada Finch in
#: the comments below.``, ``Share your thoughts``).
FURNITURE_ANY = lazy_compile(
    r"\b(?:Share|Send\s+us)\s+your\s+(?:\p{Ll}{2,20}\s)?"
    r"(?:story|stories|photos|videos|views|thoughts|memories|news\s+tips?|tips?)\b|"
    r"\biReport\b"
)
#: A line of the boxes under a story that ask the reader for something: a
#: comments box's call, ``Have you been affected? Let us know in the
#: comments below.``, ``Join the debate in the comments``; a sign-up box's
#: privacy line, ``We care about your data. Read our Privacy Policy.``, ``By
#: signing up, you agree to our Terms of Use.``
READER_BOX_LINE = lazy_compile(
    r"\bLet\s+us\s+know\b[^.!?\n]{0,60}?\bin\s+the\s+comments\b|"
    r"\b(?:Join|Have\s+your\s+say\s+in)\s+the\s+(?:debate|conversation|discussion)\s+in\s+the\s+"
    r"comments\b|"
    r"\b(?:Read|See|View|Review)\s+our\s+[Pp]rivacy\s+(?:[Pp]olicy|[Nn]otice|[Ss]tatement)\b|"
    r"\bBy\s+(?:signing\s+up|subscribing|registering|clicking\s+[\"“]?Sign\s+up)\b[^.\n]{0,60}?"
    r"\byou\s+(?:agree|consent)\s+to\s+(?:our|the)\b"
)
#: The most words of a :data:`READER_BOX_LINE`: a box's line is short.
_READER_BOX_MAX_WORDS: Final = 30
#: Promotions and continuation lines set between a story's paragraphs, by
#: their opening: ``Catch up on the race with our weekly podcast.``, ``Story
#: continues below`` (in brackets too), ``Also on The Courier:``, ``Click here to ...``, ``Want
#: more? Sign up for our newsletter.``, ``Listen to our podcast ...``,
#: ``Download the WXYZ app ...``, ``Follow us on Facebook``, a reporter's
#: account too (``Follow Ada Finch on X @adafinch.``), ``Stay up to date
#: ... by downloading our app``, ``Send a letter to the editor ...``,
#: ``Have a news tip? Email us at ...``, ``Have a story idea? Email us at ...``,
#: ``Have an opinion on this story? Write to us at ...``, ``Is there more to
#: this story? Tell us what you know ...``.
PROMOTION_START = lazy_compile(
    r"Catch\s+up\s+on\b|\(?(?:The\s+)?[Ss]tory\s+continues\s+(?:below|after)\b|"
    r"(?:Also|More)\s+(?:on|from)\s+(?:the\s+)?\p{Lu}[\w.&'’-]{0,30}(?:\s\p{Lu}[\w.&'’-]{0,30}){0,2}\s?:|"
    r"(?:Click|Tap)\s+here\b|Want\s+(?:more|to\s+(?:receive|get))\b[^?\n]{0,80}\?\s+(?:Sign\s+up|Subscribe)\b|"
    r"(?:Subscribe|Sign\s+up)\s+(?:here|to\s+our|for\s+our)\b|"
    # A subscription pitch: "Subscribe for unlimited access to local news."
    r"Subscribe\s+(?:now\s+|today\s+)?for\s+(?:unlimited|full)\s+(?:digital\s+)?access\b|"
    r"Listen\s+to\b[^\n]{0,120}?\bpodcast\b|"
    r"(?:Download|Get)\s+(?:the|our)\s+(?:[\w&'’-]{1,20}\s+){0,3}app\b|"
    r"Follow\s+(?:us|\p{Lu}[\w.'’-]{0,30}(?:\s\p{Lu}[\w.'’-]{0,30}){0,3})\s+on\s+"
    r"(?:Twitter|Facebook|Instagram|X|TikTok|Threads|Bluesky|LinkedIn|YouTube)\b|"
    # A call to keep up through the paper's app or newsletter: "Stay up to
    # date with the latest news by downloading our free app."
    r"(?:Stay|Keep)\s+(?:up\s+to\s+date|up-to-date|informed|in\s+the\s+know)\b[^\n]{0,80}?\s"
    r"by\s+(?:downloading|signing\s+up|subscribing|following\s+us)\b|"
    # An opinion page's call for letters: "Want to respond? Send a letter
    # to the editor at ...", "Submit a letter to the editor."
    r"(?:Want\s+to\s+respond\s?\?\s+)?(?:Send|Submit|Write)\s+(?:us\s+)?a\s+letter\s+to\s+the\s+editor\b|"
    # ... or a question on the reader's view and a call to write in: "Have
    # an opinion on this story? Write to us at ...", "Got something to say?
    # Email us at ...".
    r"(?:Have|Got)\s+(?:an\s+opinion|something\s+to\s+say|a\s+view)\b[^?\n]{0,60}\?\s+"
    r"(?:Write\s+to|E-?mail|Send|Tell|Contact)\s+us\b|"
    # A newsroom's call for tips: "Have a news tip? Email us at ...", "Have a story idea?".
    r"(?:Have|Got)\s+a\s+(?:news\s+|story\s+)?tip\s?\?|(?:Have|Got)\s+a\s+story\s+idea\s?\?|"
    # ... or for more on the story: "Is there more to this story? Tell us what you know."
    r"Is\s+there\s+more\s+to\s+(?:this|the)\s+story\s?\?"
)
#: ... or by a call to follow a podcast or newsletter anywhere in a short line.
#: For example ``Listen to our weekly harbor podcast``, ``Get the week's
#: gadget news in our Technology newsletter every Friday.``
PROMOTION_ANY = lazy_compile(
    r"\b(?:with|on|to|for|in)\s+(?:our|the\s+\p{Lu}\w{0,20}['’]s)\s+(?:\w+\s+){0,3}(?:podcast|newsletter)\b"
)
#: ... or by a call to sign up, to write in or to download the paper's app,
#: that follows a sentence of the line: ``Get the Morning Briefing in your
#: inbox. Sign up here.``, ``Get more local news in your inbox. Sign up for
#: free Courier newsletters.``, ``Did you lose power? Tell us about it.``,
#: ``Get breaking news alerts. Download our app.``
PROMOTION_CALL = lazy_compile(
    r"(?<=[.!?]\s)(?:(?:Sign\s+up|Subscribe)\s+(?:here|now|today|"
    r"for\s+(?:free\s+)?(?:our\s+)?(?:\p{Lu}[\w&'’-]{0,20}\s+){0,3}(?:newsletters?|alerts)\b)|"
    r"Tell\s+us\s+(?:about\s+it|your\s+stor(?:y|ies)|what\s+you\s+think)|"
    r"Download\s+(?:the|our)\s+(?:[\w&'’-]{1,20}\s+){0,3}app)\b"
)
_PROMOTION_MAX_WORDS = 40
#: ... or, in a line of at most 12 words (``_POINTER_MAX_WORDS``), by a
#: pointer to the page's video player or a newsletter box's promise: a
#: station's ``Watch the full report in the video player above.``, ``Get the
#: latest headlines delivered to your inbox.``, a promise opening with
#: ``Get`` or ``Receive`` and ending with the reader's inbox (``Get the
#: day's top stories in your inbox every morning.``).
PROMOTION_POINTER = lazy_compile(
    r"\b(?:in|on)\s+the\s+(?:video\s+)?player\s+(?:above|below)\b|"
    r"\bdelivered\s+(?:straight\s+|right\s+|directly\s+)?to\s+your\s+inbox\b|"
    r"^(?:Get|Receive)\s[^\n]{1,80}?\b(?:in|to)\s+your\s+inbox\b"
)
_POINTER_MAX_WORDS = 12
#: A short line repeated word for word on one page is a widget's label.
_REPEATED_MAX_WORDS = 8
#: The labels of a press-release wire's envelope: ``Source: Acme Corp.``
#: (PR Newswire's ``SOURCE Acme Corp`` under the release),
#: ``MEDIA RELEASE PR12345``, ``FOR IMMEDIATE RELEASE``.  Never a headline.
RELEASE_LABEL = lazy_compile(
    r"(?:Source|SOURCE)\s?:\s\S[^\n]{0,80}|SOURCE\s\S[^\n]{0,80}|"
    r"(?:MEDIA|PRESS|NEWS)\s(?:RELEASE|STATEMENT)(?:\s[A-Z]{0,4}-?\d{1,10})?|"
    r"(?:FOR\s+IMMEDIATE\s+RELEASE|For\s+[Ii]mmediate\s+[Rr]elease)\.?"
)
_RELEASE_LABEL_MAX_WORDS = 12
#: A press release's summary point under its headline: a line opening with a
#: dash or bullet (``-- Acme to open two plants``, ``• Revenue up 10%``), or the
#: ``Key Highlights`` label over them.
RELEASE_POINT = lazy_compile(r"(?:--?|[–—•*·▪●])\s?\S|(?:Key\s+)?[Hh]ighlights\s?:?$")
#: A link or button ending a line.
#: For example ``Ferry timetables »``, ``Read More``.
FURNITURE_END = lazy_compile(r"(?:\s»|Read\s+[Mm]ore\s*»?)$")
#: The two states of a fold-out text box: the teaser cut short with ``... Read
#: More`` and the full text with a ``Close`` button.
WIDGET = lazy_compile(r"(?:\.\.\.|…)\s?Read\s+[Mm]ore$|[.!?…\"']\s+Close$")
#: The ``Close`` button ending a fold-out box's full text (``... the end. Close``).
_WIDGET_TAIL = lazy_compile(r"\s+Close$")
#: The labels of a page's buttons and notices, each the whole line, in any
#: case: ``Join the conversation``, ``Report an error``, ``Link copied``,
#: ``Gift this article``, ``Editor's picks``, ``Continue reading``, ``Show
#: comments``, ``Hide caption``, ``Enlarge this image``, ``Create a free
#: account to keep reading``, ``Already a subscriber? Log in``, ``Scroll to
#: continue with content``, ``Article continues below``, ``Get unlimited
#: access for $1``, ``Support local journalism``, a player's ``Your
#: browser does not support the video tag.``; a live page's ``Show key
#: events only``, ``Key events``, ``Pinned post``; a newsletter box's ``Skip
#: past newsletter promotion`` and ``after newsletter promotion``; ``Reuse
#: this content``, ``Explore more on these topics``; ``Newsletter
#: abonnieren``, ``Artikel merken``, ``Partager cet article``, ``Compartir
#: esta noticia``.
WIDGET_LABEL = lazy_compile(
    r"(?i:join\s+the\s+(?:conversation|discussion)|"
    r"report\s+(?:an\s+error|a\s+(?:typo|correction|problem)|this\s+ad)|link\s+copied|"
    r"copy\s+(?:the\s+)?link|gift\s+(?:this\s+)?(?:article|story)|editor['’]?s['’]?\s+picks?|"
    r"continue\s+reading(?:\s+the\s+main\s+story)?|(?:show|hide|view)\s+(?:all\s+)?comments?(?:\s\(\d{1,5}\))?|"
    r"(?:hide|show|toggle)\s+caption|enlarge\s+(?:this\s+)?image|"
    r"create\s+a\s+free\s+account\s+to\s+(?:keep|continue)\s+reading|"
    r"already\s+a\s+(?:subscriber|member)\s?\?\s+(?:log|sign)\s+in|"
    r"scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+(?:the\s+)?content)?|"
    r"article\s+continues\s+(?:below|after\s+(?:this\s+)?(?:ad|advertisement))|"
    r"get\s+unlimited\s+(?:digital\s+)?access\b[^\n.!?]{0,40}|"
    r"support\s+(?:local|independent|our|quality)\s+journalism|"
    r"your\s+browser\s+does\s+not\s+support\s+(?:the\s+)?(?:video|audio)(?:\s+(?:tag|element))?|"
    r"newsletter\s+abonnieren|artikel\s+(?:teilen|merken|drucken)|partager\s+cet\s+article|"
    r"compartir\s+(?:este\s+art[íi]culo|esta\s+noticia)|"
    # A live page's controls and a newsletter box's skip links.
    r"show\s+key\s+events(?:\s+only)?|key\s+events|pinned\s+post|"
    r"(?:skip\s+past|after)\s+newsletter\s+promotion|reuse\s+this\s+content|"
    r"explore\s+more\s+on\s+(?:these|this)\s+topics?)[.!]?"
)
#: The most words of a :data:`WIDGET_LABEL` line.
_WIDGET_LABEL_MAX_WORDS: Final = 12
#: The networks and channels a page's share buttons name.
_SHARE_NETWORK = (
    r"(?:facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|telegram|threads|bluesky|"
    r"flipboard|xing|messenger|e-?mail|mail|courriel|correo(?:\s+electr[óo]nico)?|sms)"
)
#: A share button's label, the whole line, in any case and in any order
#: among its neighbours: ``Share on Facebook``, ``Share on Twitter``,
#: ``Share via Email``, ``Auf Facebook teilen``, ``Per WhatsApp teilen``,
#: ``Compartir en WhatsApp``.  A page sets a run of them between the
#: paragraphs; each is the page's.  French ones (``Partager sur X``,
#: ``Partager par courriel``) are :data:`FURNITURE_START_LANG`'s.
SHARE_BUTTON = lazy_compile(
    r"(?i:(?:share|post|send|tweet)(?:\s+this(?:\s+(?:article|story|page))?)?\s+(?:on|via|to|by|with)\s+"
    + _SHARE_NETWORK
    + r"|(?:auf|per|via|bei|über)\s+"
    + _SHARE_NETWORK
    + r"\s+teilen|compartir\s+(?:en|por|vía|via|con)\s+"
    + _SHARE_NETWORK
    + r")[.!]?"
)
#: The most words of a :data:`SHARE_BUTTON` line.
_SHARE_BUTTON_MAX_WORDS: Final = 5
#: Words of menus, buttons and labels (a newsletter box's ``Newsletter``).  A
#: block made only of them is furniture.
FURNITURE_WORDS: Final = frozenset(
    """
    news world local national politics business money sports sport weather entertainment
    health tech technology science opinion video videos photo photos gallery galleries home
    menu search actions action share shares tweet email e-mail print comment comments reply
    like facebook twitter linkedin pinterest reddit whatsapp more close skip ad ads
    advertisement sponsored related posted updated last and published read subscribe login
    logout log in sign up next previous prev back top trending popular latest follow save
    copy link listen watch live breaking us & | / - · • > » « tv radio blogs blog recommended
    advertise choices privacy terms contact about google google+ plus feedback play pause
    newsletter newsletters
    """.split()
)
#: A row of a site's footer links, two or more of them, apart by spaces or
#: bars: ``Terms of Use Privacy Policy``, ``Privacy Policy | Cookie Policy |
#: Contact Us``, ``About Us  Terms & Conditions``.  Such a row is furniture,
#: never the headline over the story that follows it.
FOOTER_LINKS = lazy_compile(
    r"(?:(?:Terms\s+(?:of\s+(?:Use|Service)|(?:and|&)\s+Conditions)|Privacy\s+(?:Policy|Notice|Statement)|"
    r"Cookie\s+(?:Policy|Settings|Preferences)|Contact\s+Us|About\s+Us|Site\s?[Mm]ap|Accessibility|"
    r"Advertise(?:\s+with\s+Us)?|Careers|Help|Feedback|Ad\s+Choices|AdChoices)\s*(?:[|•·/]\s*)?){2,8}"
)
#: The heading that opens a page's reader comments.
#: For example ``Comments (3)``, ``Reader Comments``, ``12 Comments``.
COMMENTS_START = lazy_compile(
    r"[^\p{L}\n]{0,20}(?:\d{1,6}\s)?(?:(?:Reader|Readers'?|User)\s)?"
    r"(?:COMMENTS|Comments|Discussion|DISCUSSION)(?:\s\(\d{1,6}\))?",
)
#: The words one of which every :data:`COMMENTS_START` holds: a block holding
#: none is not matched against it.
_COMMENTS_WORDS: Final = ("omments", "OMMENTS", "iscussion", "ISCUSSION")
#: Any of :data:`_COMMENTS_WORDS`, asked in one call a block (the ``omments`` of ``Comments``).
_COMMENTS_HINT: Final = re.compile("|".join(_COMMENTS_WORDS))
#: A lower-case letter glued to a capital, where a page ran two words together (``MenuSearch``).
_CAMEL = lazy_compile(r"(?<=\p{Ll})(?=\p{Lu})")

_BYLINE_MAX_WORDS = 16
_BYLINE_CONTINUATION_MAX_WORDS = 8
_CONTACT_ENTRY_MAX_WORDS = 16
_SEPARATOR_MAX_WORDS = 8
_DATELINE_ALONE_MAX_WORDS = 12
_NOTE_MAX_WORDS = 80
_SHORT_MAX_WORDS = 60
#: The most words a timestamp line may have (a long dated line is prose).
_TIMESTAMP_MAX_WORDS = 24
_COMMENTS_MAX_WORDS = 5

#: Abbreviations that end a headline with a full stop: US states in AP style,
#: company suffixes, initials.
#: For example ``Floods close roads in Portvale, Mass.``
ABBREVIATION_END = lazy_compile(
    r"\b(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|"
    r"Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Va|Vt|Wash|Wis|Wyo|Inc|Corp|Co|Ltd|Jr|Sr|St|"
    r"U\.S|U\.K|U\.N|D\.C|\p{Lu})\.$"
)

#: A company name in angle brackets, as Reuters opens a title with one
#: (``<ACME CORP> 4TH QTR NET``) or tags a company with its ticker (``ACME <ACM>``).
BRACKETED_COMPANY = lazy_compile(r"<\p{Lu}[^<>\n]{0,60}>")

#: Tabular copy: dot leaders (``Net free reserves.....644``) or columns set
#: apart by runs of spaces, with figures.
TABLE_ROW = lazy_compile(r"\S\.{4,}\S|(?=[^\n]*\d)(?:\S {3,}\S[^\n]* {2,}\S|\S {4,}\S)")

_TABLE_ROW_MAX = 200

#: The most words a headline may have.
HEADLINE_MAX_WORDS: Final = 25
#: The most words a subheading may have.
HEADING_MAX_WORDS: Final = 10
#: Blocks longer than this many words are always running text.
PROSE_MIN_WORDS: Final = 30
#: How many blocks from the top a datelined lead paragraph is looked for.
LEAD_SEARCH: Final = 12

#: ``Candidate.dateline_body`` before it is worked out.
_UNKNOWN: Final = -2

#: What :func:`make_candidate` replaces in a block's normalised text.
_NORMALISE: Final = (
    ("“", '"'), ("”", '"'), ("„", '"'), ("‘", "'"), ("’", "'"), ("‚", "'"),
    ("\xa0", " "), ("\u2009", " "), ("\u202f", " "),
)  # fmt: skip


def _normalise(text: str) -> str:
    """Return *text* with curly quotation marks straight and odd spaces plain.

    One ``str.replace`` per character that occurs, rather than
    ``str.translate`` with a table: a table is looked up character by
    character, 30 times as slow on a paragraph with curly marks.
    """
    for glyph, plain in _NORMALISE:
        if glyph in text:
            text = text.replace(glyph, plain)
    return text


# --------------------------------------------------------------------------
# State
# --------------------------------------------------------------------------


@attrs.define(slots=True)
class Candidate:
    """A block under classification (mutable, internal to the parse).

    :param start: Offset of its first character.
    :param end: Offset just past its last character.
    :param lines: ``(start, end)`` of its lines' content.
    :param first_line: Index of its first line in the line table.
    :param last_line: Index of its last line.
    :param text: Its lines joined by single spaces.
    :param match: A copy normalised for matching (straight quotes, single spaces).
    :param words: How many words it has.
    :param kind: The kind a rule gave it, once classified.
    :param rule: The name of that rule.
    :param notice: The copyright notice it holds, if it is one.
    :param prose: Whether it reads as running text (worked out on first use).
    :param joined: Whether it is a lead with the dateline set alone above it
        joined on (:func:`join_dateline`).
    :param dateline_body: Where the text after the dateline it opens with
        starts, ``-1`` without one (worked out on first use).
    :param opens: Which of the openings of ``BLOCK_OPENINGS`` its first
        word can open, as a bit mask (``Openings.of``); ``-1``, every
        one (each pattern is then asked), until :func:`classify` reads it.
    """

    start: int
    end: int
    lines: list[tuple[int, int]]
    first_line: int
    last_line: int
    text: str
    match: str
    kind: BlockKind | None = None
    rule: str = ""
    words: int = 0
    notice: Notice | None = None
    prose: bool | None = None
    joined: bool = False
    dateline_body: int = -2
    opens: int = -1

    @property
    def claimed(self) -> bool:
        """Whether a rule has classified the block."""
        return self.kind is not None

    def claim(self, kind: BlockKind, rule: str) -> None:
        """Record the block's kind and the rule that decided it."""
        self.kind = kind
        self.rule = rule


def make_candidate(
    text: str,
    lines: list[tuple[int, int]],
    first_line: int,
    last_line: int,
    *,
    odd_spaces: bool = True,
) -> Candidate:
    """Build a :class:`Candidate` from line content ranges of *text*.

    :param odd_spaces: Whether the lines may hold ASCII white space other
        than the space (a tab, a form feed); ``False`` when the caller has
        looked (``holds_odd_spaces``), which spares an ASCII block the
        test that it is printable: its only white space is then spaces.
    """
    joined = (
        text[lines[0][0] : lines[0][1]]
        if len(lines) == 1
        else " ".join(text[a:b] for a, b in lines)
    )
    ascii_only = joined.isascii()
    if not ascii_only:
        joined = drop_zero_width(joined)
        ascii_only = joined.isascii()
    plain = joined if ascii_only else _normalise(joined)
    if (
        ((ascii_only and not odd_spaces) or plain.isprintable())
        and "  " not in plain
        and plain[:1] not in {" ", ""}
        and plain[-1] != " "
    ):
        # Single spaces between the words already (the common case): the
        # text is its own normalised form.  A character that ``str.split``
        # splits at is a space or not printable (or, in an ASCII block of a
        # text without odd spaces, a space).
        match, words = plain, plain.count(" ") + 1
    else:
        tokens = plain.split()
        match, words = " ".join(tokens), len(tokens)
    return Candidate(
        lines[0][0], lines[-1][1], lines, first_line, last_line, joined, match, words=words
    )


#: The ASCII white space ``str.split`` splits at other than the space and the
#: line breaks (which no line holds): tab, vertical tab, form feed and the
#: separators ``\x1c`` to ``\x1f``.
_ODD_ASCII_SPACES: Final = "\t\x0b\x0c\x1c\x1d\x1e\x1f"


def holds_odd_spaces(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds ASCII white space other than spaces and line breaks.

    Asked once a text (one ``str.find`` a character), for
    :func:`make_candidate`'s *odd_spaces*: most texts hold no tab.
    """
    return any(text.find(ch, start, end) >= 0 for ch in _ODD_ASCII_SPACES)


#: Zero-width spaces and byte-order marks inside a line, with the spaces around them (``Harbor
#: \u200b reopens``).
_ZERO_WIDTH_SPACE = lazy_compile(" *+[\u200b\ufeff][ \u200b\ufeff]*+")


def drop_zero_width(text: str) -> str:
    r"""*text* with its invisible characters read as they are shown.

    A zero-width space or byte-order mark is white space
    (:data:`~wireparse.reading.source.BLANK_CHARS`): a run of them, with the spaces
    around it, is one space between two words (``cold\u200bfront`` reads
    ``cold front``) and nothing at either end.  A soft hyphen or word joiner
    is nothing (``har\xadbour`` reads ``harbour``).
    """
    if (
        "\u200b" not in text
        and "\ufeff" not in text
        and "\u2060" not in text
        and "\xad" not in text
    ):
        return text
    text = _ZERO_WIDTH_SPACE.sub(" ", text).strip(" ")
    return text.replace("\xad", "").replace("\u2060", "")


@attrs.define(slots=True)
class State:
    """What the rules see: the source and the blocks under classification.

    :param source: The text every offset points into.
    :param blocks: The candidates, in order.
    :param widgets: The full text of each fold-out box, with where the box is.
    :param feed: Whether the story came over a wire feed (a format with a
        grammar: ANPA-1312, IPTC 7901, ZCZC), not off a web page.
    """

    source: str
    blocks: list[Candidate]
    widgets: dict[str, int] = attrs.field(factory=dict)
    feed: bool = attrs.field(default=False, kw_only=True)

    def __attrs_post_init__(self) -> None:
        for c in self.blocks:
            # tail_search's test of the last character, asked here: most blocks end otherwise.
            if c.match.endswith(("e", "E")) and tail_search(WIDGET, c.match, "eE"):
                self.widgets[_WIDGET_TAIL.sub("", c.match)] = c.start

    def attached(self, i: int, j: int) -> bool:
        """Whether blocks *i* and *j* (``j == i + 1``) have no blank line between them."""
        return self.blocks[j].first_line == self.blocks[i].last_line + 1


RuleFunc = Callable[[State, int], BlockKind | None]


@attrs.frozen(slots=True)
class Rule:
    """A named classification rule.

    :param name: The name recorded on the blocks it claims.
    :param func: Called with the state and a block's index; returns a kind or ``None``.
    :param max_words: Blocks with more words than this are not offered to the rule.
    :param opens: Patterns, one of which the rule needs to match at the start
        of a block's matching text (:attr:`Candidate.match`) to claim it.  A
        block whose first character can open none of them is not offered to
        the rule: the question is asked once a character, by ``regex``'s
        partial matching, and the answer kept (:meth:`may_open`).  Empty:
        every block is offered.
    :param needs: Strings one of which a story's text must hold for the rule
        to claim any of its blocks (``@highlight``): a story holding none of
        them is not offered the rule at all (:func:`classify` asks once a
        story).  A story whose text holds a soft hyphen or a word joiner,
        which a block's matching text leaves out, is offered it whatever it
        holds.  Empty: every story is offered the rule.
    """

    name: str
    func: RuleFunc
    max_words: int = 1_000_000_000
    opens: tuple[regex.Pattern[str], ...] = ()
    needs: tuple[str, ...] = ()
    #: The answers of :meth:`may_open` so far, by first character.
    openers: dict[str, bool] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    def may_open(self, first: str) -> bool:
        """Whether a block whose matching text opens with *first* may be claimed by the rule.

        :param first: The block's first character (``""`` for an empty block).
        """
        known = self.openers.get(first)
        if known is None:
            known = (
                not self.opens
                or not first
                or any(p.match(first, partial=True) is not None for p in self.opens)
            )
            self.openers[first] = known
        return known


# --------------------------------------------------------------------------
# Shape of a block
# --------------------------------------------------------------------------


#: How many characters of a text's first word :class:`Opening` asks about at most.
_HEAD_CHARS: Final = 16


def _head(text: str) -> str:
    """*text*'s first word with the space after it, cut at :data:`_HEAD_CHARS` characters."""
    space = text.find(" ", 0, _HEAD_CHARS)
    return text[: space + 1] if space >= 0 else text[:_HEAD_CHARS]


#: How many first words an :class:`Opening` keeps its answers for (then it forgets them all).
_HEADS_KEPT: Final = 4096


class Opening:
    """Which openings of a text can open a match of a pattern anchored at its start.

    Most blocks cannot open with ``Related:`` or ``Reporting by``, and their
    first character, or else their first word, shows it: ``opening.match(m)``
    asks the pattern only about a text whose first character may open a
    match, and then only if its first word (with the space after it, at most
    :data:`_HEAD_CHARS` characters) may.  Each question is asked by
    ``regex``'s partial matching, once a character and once a word, and the
    answer kept (as :meth:`Rule.may_open` does for a whole rule): a text
    that matches has an opening that matches partially.  The answer is the
    pattern's own, a little sooner.

    :param pattern: A pattern that :meth:`match` (and :meth:`fullmatch`) try
        at the start of a text.
    """

    __slots__ = ("_heads", "_known", "pattern")

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self.pattern = pattern
        self._known: dict[str, bool] = {}
        self._heads: dict[str, bool] = {}

    def may_open(self, text: str) -> bool:
        """Whether *text*'s first character can open a match of the pattern."""
        first = text[:1]
        known = self._known.get(first)
        if known is None:
            known = not first or self.pattern.match(first, partial=True) is not None
            self._known[first] = known
        return known

    def head_may_open(self, text: str) -> bool:
        """Whether *text*'s first word, with the space after it, can open a match of the pattern.

        The word is cut at :data:`_HEAD_CHARS` characters; a text with no
        space in them is asked about by those characters.
        """
        head = _head(text)
        known = self._heads.get(head)
        if known is None:
            if len(self._heads) >= _HEADS_KEPT:
                self._heads.clear()
            known = self.pattern.match(head, partial=True) is not None
            self._heads[head] = known
        return known

    def match(self, text: str) -> regex.Match[str] | None:
        """``pattern.match(text)``, not asked where the opening rules a match out."""
        # The kept answer read here, not through may_open: one call less a block.
        known = self._known.get(text[:1])
        if known is None:
            known = self.may_open(text)
        if not known or not self.head_may_open(text):
            return None
        return self.pattern.match(text, None, None, KEEP_GIL)

    def fullmatch(self, text: str) -> regex.Match[str] | None:
        """``pattern.fullmatch(text)``, not asked where the opening rules a match out."""
        known = self._known.get(text[:1])
        if known is None:
            known = self.may_open(text)
        if not known or not self.head_may_open(text):
            return None
        return self.pattern.fullmatch(text, None, None, KEEP_GIL)


class Openings:
    r"""Which of several :class:`Opening`\ s a text's first word can open, as one bit mask.

    The block rules ask each block in turn whether it opens with a credit
    (``Reporting by``), a caption's label (``Photo:``), a menu's words
    (``Related:``)...  Every answer depends only on the block's first word
    (with the space after it, at most :data:`_HEAD_CHARS` characters): the
    answers of all the openings are worked out together once a first word,
    each by its :class:`Opening`, kept as one mask (a few thousand first
    words at most), and :func:`classify` records a block's mask as
    :attr:`Candidate.opens`.  A rule then asks ``c.opens & bit`` before its
    pattern: the pattern's own answer, a little sooner.
    """

    __slots__ = ("_heads", "openings")

    def __init__(self) -> None:
        self.openings: list[Opening] = []
        self._heads: dict[str, int] = {}

    def add(self, pattern: regex.Pattern[str]) -> int:
        """Ask about *pattern* too; return its bit in the masks."""
        self.openings.append(Opening(pattern))
        self._heads.clear()
        return 1 << (len(self.openings) - 1)

    def of(self, text: str) -> int:
        """The mask of the openings that *text*'s first word can open."""
        # _head(text), written out: this runs once a block.
        space = text.find(" ", 0, _HEAD_CHARS)
        head = text[: space + 1] if space >= 0 else text[:_HEAD_CHARS]
        known = self._heads.get(head)
        if known is None:
            if len(self._heads) >= _HEADS_KEPT:
                self._heads.clear()
            known = 0
            for k, opening in enumerate(self.openings):
                if opening.may_open(head) and opening.head_may_open(head):
                    known |= 1 << k
            self._heads[head] = known
        return known


#: The start-anchored patterns the block rules try inside their bodies, each
#: with its bit in :attr:`Candidate.opens` (the ``_..._OPENS`` constants).
BLOCK_OPENINGS: Final = Openings()


def tail_search(pattern: regex.Pattern[str], text: str, last: str) -> regex.Match[str] | None:
    """Search the end of *text* for a *pattern* anchored there.

    :param last: The characters the pattern's match can end with; a text
        ending otherwise is not searched at all.
    """
    if not text or text[-1] not in last:
        return None
    return pattern.search(text, max(0, len(text) - _END_WINDOW), None, KEEP_GIL)


def _core(match: str) -> str:
    """The text without wrapping quotes and brackets."""
    return match.strip(QUOTE_CHARS + "()[] ")


def ends_sentence(match: str) -> bool:
    """Whether the text ends with sentence punctuation (quotes and brackets aside).

    A full stop that ends an abbreviation (``off Wash.``, ``Apple Inc.``) does
    not end a sentence in a short one-sentence line, unless the line is a
    quotation with its speech tag (a quote closed by a comma before the
    tag, inside the marks or after them as German, French and Spanish copy
    set it): ``"We played hard," said Tom Reyes Jr.`` and ``„Wir bleiben“,
    schrieb Tom Lenz auf X.`` are sentences.
    """
    core = match.rstrip(QUOTE_CHARS + ")] ")
    if not core or core[-1] not in SENTENCE_END:
        return False
    return not (
        core[-1] == "."
        and ". " not in core
        and core.count(" ") < HEADING_MAX_WORDS + 2
        and ABBREVIATION_END.search(core)
        and not any(tag in core for tag in _QUOTE_BEFORE_TAG)
    )


#: A quotation closed by a comma before its speech tag: inside the marks
#: (``"...," said``) or after them (``„...“, sagte``, ``« ... », a dit``).
_QUOTE_BEFORE_TAG: Final = (',"', ",”", "“,", "»,", "«,", '",', "”,")


def is_table_row(c: Candidate) -> bool:
    """Whether the block is a row of tabular copy (dot leaders or spaced columns)."""
    text = c.text
    return (
        len(c.lines) == 1
        and len(text) <= _TABLE_ROW_MAX
        and ("...." in text or "   " in text)
        and TABLE_ROW.search(text) is not None
    )


def is_prose(c: Candidate) -> bool:
    """Whether the block reads as running text (or tabular copy) rather than a title."""
    if c.prose is None:
        c.prose = _is_prose(c)
    return c.prose


#: A sentence break inside a block: a word of two letters or more, its full
#: stop, question or exclamation mark, a space and a capital (``... der
#: Weser. Ab Montag ...``); ``U.S. Senate`` and ``Mr. Doe`` are none.
_INNER_SENTENCE_BREAK = lazy_compile(r"(?<=\p{L}\p{Ll}[\"')]?[.!?][\"')]?) (?=[\"'(]?\p{Lu})")
#: The fewest words of each of the sentences of :func:`runs_on_sentences`.
_SENTENCE_MIN_WORDS: Final = 5


def runs_on_sentences(c: Candidate) -> bool:
    """Whether *c* is running text of two sentences or more with no final stop.

    A paragraph may end on a web address or a figure with no full stop
    (``Der Fahrplan gilt ab Montag. Mehr dazu unter example.org/faehre``);
    a title holds one sentence.  A block of more than :data:`HEADING_MAX_WORDS`
    words whose first and last sentences each have at least five words is
    running text.
    """
    if c.words <= HEADING_MAX_WORDS or (". " not in c.match and "? " not in c.match):
        return False
    pieces = _INNER_SENTENCE_BREAK.split(c.match)
    return (
        len(pieces) > 1
        and len(pieces[0].split()) >= _SENTENCE_MIN_WORDS
        and len(pieces[-1].split()) >= _SENTENCE_MIN_WORDS
    )


#: Punctuation around a word of a title: ``'Long Overdue.'``.
_WORD_EDGE: Final = ".,:;!?\"'“”‘’()"
#: The fewest long words of a line in title case (:func:`_in_title_case`).
_TITLE_CASE_MIN_WORDS: Final = 4


def _in_title_case(c: Candidate) -> bool:
    """Whether the one-line block *c* is set in title case, as headlines are.

    Every word of three letters or more is capitalised, and there are at
    least :data:`_TITLE_CASE_MIN_WORDS` of them (``Harbour Board Will Vote
    On The Pier Plan.``); a line in capitals is not title case, and a
    sentence, even in German, writes its verbs and most of its words in
    lower case (``Reyes has won Leeds, York and Hull.``: ``has``, ``won``).
    """
    if len(c.lines) != 1 or c.match.isupper():
        return False
    # The first words apart from the rest: a sentence shows a long word in
    # lower case among its first few, and the rest is then not split at all.
    head = c.match.split(None, _TITLE_CASE_HEAD)
    rest = head.pop() if len(head) > _TITLE_CASE_HEAD else ""
    count = _title_case_count(head, 0)
    if count >= 0 and rest:
        count = _title_case_count(rest.split(), count)
    return count >= _TITLE_CASE_MIN_WORDS


#: How many first words :func:`_in_title_case` splits off before the rest.
_TITLE_CASE_HEAD: Final = 4


def _title_case_count(words: list[str], count: int) -> int:
    """*count* plus the capitalised long words of *words*; ``-1`` at a long word in lower case."""
    for w in words:
        if len(w) >= 3 and (w.isalpha() or len(w.strip(_WORD_EDGE)) >= 3):
            if not w.lstrip(_WORD_EDGE)[:1].isupper():
                return -1
            count += 1
    return count


def _is_prose(c: Candidate) -> bool:
    if c.words >= PROSE_MIN_WORDS or is_table_row(c):
        return True
    if not ends_sentence(c.match):
        return runs_on_sentences(c)
    if _in_title_case(c):
        return False  # a headline with a full stop: "Harbour Board Will Vote On The Pier."
    core = c.match.rstrip(QUOTE_CHARS + ")] ")
    # A short question standing alone is a title ("Who will win?"), not prose;
    # but a question of one word ("Why?", "Really?") names no topic: it is the
    # writer's rhetorical question, a paragraph of its own in the story.
    return not (core.endswith("?") and 1 < c.words <= HEADING_MAX_WORDS and ". " not in core)


#: The fewest words of the lead-in or tag around a quoted question.
_TAG_MIN_WORDS: Final = 2


def reports_a_question(c: Candidate) -> bool:
    """Whether a short question in the body is someone's, quoted: running text.

    A short question standing alone reads as a subheading (``Who will
    pay?``), and one in quotation marks too; but a quoted question with a
    lead-in of two words or more before it (``Tom Reyes asked: "Who
    pays?"``) or a tag after it (``"Who pays?" Tom Reyes asked.``) is
    reported speech, a paragraph of the story.  Only blocks after the lead
    are read so: a headline may quote a question (``Reyes: "Who pays?"``).
    """
    m = c.match
    if "?" not in m or c.words > HEADING_MAX_WORDS:
        return False
    # The quotation marks: an apostrophe between two letters is none ("what's").
    marks = [
        k
        for k, ch in enumerate(m)
        if ch in QUOTE_CHARS
        and not (0 < k < len(m) - 1 and m[k - 1].isalpha() and m[k + 1].isalpha())
    ]
    if len(marks) < 2 or "?" not in m[marks[0] : marks[-1] + 1]:
        return False  # no quotation, or not of the question
    first, last = marks[0], marks[-1]
    before = m[:first].rstrip()
    after = m[last + 1 :].strip(" .")
    return (before.endswith((":", ",")) and len(before.split()) >= _TAG_MIN_WORDS) or len(
        after.split()
    ) >= _TAG_MIN_WORDS


#: The dash and the name that credit a quotation standing alone:
#: ``"We lost everything." — Jane Roe, bakery owner`` (the name: one to four
#: capitalised words or initials; a role may follow a comma).
_CREDIT_AFTER_QUOTE: Final = regex.compile(
    r"[ .,]{0,3}(?:—|–|--?)[ \xa0]?"
    r"\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){0,3}(?:,[^\n]{1,100})?"
)


def introduces_a_quotation(c: Candidate) -> bool:
    """Whether the block is a lead-in with a verb of speech and the quotation it introduces.

    ``Tom Reyes, whose boat sank in May, said: "I did not know what to
    feel"``: a clause that ends in a speech verb (``said``, ``told
    reporters``... the finite cue verbs of ``lexicon/en/cue_verbs.txt``)
    and a colon or a comma, then an opening quotation mark, is reported
    speech, a paragraph of the story, even when the copy left off the full
    stop after the closing mark.  A subheading quoting someone writes the
    name and a colon alone (``Reyes: "We will rebuild"``).
    """
    m = c.match
    found = [k for k in map(m.find, _SPEECH_MARKS) if k >= 0]
    if not found:
        return False
    k = min(found)
    before = m[:k].rstrip()
    if not before.endswith((":", ",")):
        return False
    lead = _LETTERS.findall(before)
    return len(lead) >= 2 and any(w in _SPEECH_WORDS for w in lead)


def _continues_a_quotation(prev: Candidate, c: Candidate) -> bool:
    """Whether the block goes on with a quotation the block before it left open.

    A quotation that runs over paragraphs leaves off its closing mark at
    the end of each paragraph but the last, and each paragraph after opens
    with a mark: ``Hale said. "What am I to do? ¶ "Drive a taxi?"``.  The
    paragraph that opens with a mark after one with an odd number of
    marks is the speaker's words, a paragraph of the story, however short
    (never a subheading).
    """
    return c.match.startswith('"') and prev.match.count('"') % 2 == 1


#: The interviewer's mark that opens a question in an interview run as
#: questions and answers: ``Q:``, ``Q.``, ``Q -``, ``Question:``; in German,
#: French and Spanish copy ``Frage:``, ``F:``, ``Question :``, ``Pregunta:``,
#: ``P:`` (the one letter with a colon only: ``P. Lenz`` is a name).
INTERVIEW_QUESTION = lazy_compile(
    r"(?:Q|QUESTION|Question|FRAGE|Frage|PREGUNTA|Pregunta)\s?[:.]\s"
    r"|[FP]\s?:\s|Q\s?(?:--?|[–—])\s"
)


def asks_an_interview_question(c: Candidate) -> bool:
    """Whether the block is the interviewer's question, marked so, in a Q&A.

    An interview run as questions and answers marks each question (``Q: Will
    the ferry run in winter?``, ``Q. Who pays?``) and each answer (``A: ...``).
    The question is short and may end with a question mark, as a subheading
    may (``Who pays?``), but it is part of the exchange: a paragraph of the
    story, never a subheading.  German, French and Spanish interviews mark
    it with the word or its letter (``Frage: Wann öffnet die Fähre?``,
    ``Question : Qui paie ?``, ``Pregunta: ¿Quién paga?``, ``P: ¿Y el
    puerto?`` before ``R: ...``); the letter alone only before a question
    that ends with its mark (``P: +1 801 555 0100`` is a phone's label).
    """
    m = c.match
    found = INTERVIEW_QUESTION.match(m) if m[:1] in ("Q", "F", "P") else None
    if found is None:
        return False
    return m[:1] == "Q" or len(found[0].split(":")[0].strip()) > 1 or m.rstrip().endswith("?")


#: A speaker's label in capitals opening a turn of a transcript: one to four
#: words and a colon (``ADA MARSH: Why now?``, ``HOST: Who pays?``, ``MS.
#: MARSH: ...``).
SPEAKER_TURN = lazy_compile(r"(?:\p{Lu}[\p{Lu}.'’-]*\s){0,3}\p{Lu}[\p{Lu}.'’-]+:\s\S")
#: The fewest turns with a speaker's label that make a transcript.
TRANSCRIPT_MIN_TURNS: Final = 2
#: A turn of an exchange quoted in a story under a role's label in mixed
#: case, a colon and the words in quotation marks (``Reporter: "Who pays?"``,
#: ``Moderator: "One more question."``, ``Audience member: "Why now?"``).
ROLE_TURN = lazy_compile(
    r"(?:(?:An?|The|Another|First|Second)\s)?(?:Reporter|Journalist|Moderator|Host|Presenter|"
    r"Interviewer|Questioner|Caller|Chair(?:man|woman|person)?|Judge|Witness|Prosecutor|Counsel|"
    r"Audience\smember|Member\sof\sthe\saudience|Spokes(?:man|woman|person)|Resident|Voice)"
    r"(?:\s\d)?:\s[\"'«]"
)


def speaks_a_quoted_turn(c: Candidate) -> bool:
    """Whether the block is a quoted turn of an exchange under a role's label.

    A story quoting an exchange from a briefing, a hearing or a town hall
    sets each turn on its own line under the speaker's role in mixed case,
    a colon and the words quoted (``Reporter: "Did the pumps fail?"`` /
    ``Moderator: "We will come to that."`` / ``Audience member: "Who
    pays?"``; :data:`ROLE_TURN`).  A short question so labelled is reported
    speech, a paragraph of the story, not a subheading.
    """
    m = c.match
    return ": " in m[:30] and ROLE_TURN.match(m) is not None


def speaks_a_turn(c: Candidate) -> bool:
    """Whether the block is a turn of a transcript, opened by its speaker's label.

    A broadcast or podcast transcript set under a story opens each turn
    with the speaker's name in capitals and a colon (``ADA MARSH: Will the
    ferry run?`` / ``TOM REYES: Only in summer.``; :data:`SPEAKER_TURN`).
    A short question so labelled is one turn of the exchange, a paragraph
    of the story, not a subheading.  The turn ends a sentence, so a label
    before a headline (``PHOTOS: Tigers celebrate``) is none; and a story
    holds at least :data:`TRANSCRIPT_MIN_TURNS` of them (:func:`place_body`
    counts them).
    """
    m = c.match
    return m[:2].isupper() and ": " in m and SPEAKER_TURN.match(m) is not None and ends_sentence(m)


def _is_short_question(c: Candidate) -> bool:
    """Whether *c* is a short question alone, no prose (``When?``, ``Why the long gap?``)."""
    return (
        c.words <= HEADING_MAX_WORDS
        and c.match.rstrip(QUOTE_CHARS + " ").endswith("?")
        and not is_prose(c)
    )


#: A yes-or-no question that asks back about what the story just told: an
#: auxiliary verb, then a pronoun standing for it (``Was it too late?``,
#: ``Could they have known?``, ``Is that enough?``).
BACK_QUESTION = lazy_compile(
    r"(?:Is|Was|Are|Were|Will|Would|Could|Can|Should|Did|Does|Do|Has|Have|Had|Might|Must)"
    r"\s(?:it|they|that|this|these|those|he|she|anyone|anything)\b[^?\n]*\?"
)


def asks_back(c: Candidate) -> bool:
    """Whether the block is the writer's rhetorical question about the paragraph before it.

    A subheading names the topic of what follows and stands on its own,
    so it never points back with a pronoun; a question opened by an
    auxiliary verb and a pronoun standing for what the story just told
    (``The pipe was on a list to be replaced in 2028.`` / ``Was it too
    late?`` / ``"In hindsight, yes," Beck said.``; :data:`BACK_QUESTION`)
    is the writer asking, a paragraph of the story.  A question naming its
    topic (``Who pays?``, ``Will the gates hold?``) may still head a
    section.
    """
    m = c.match
    return m[-1:] == "?" and m[:1] in "IWACSDHM" and BACK_QUESTION.fullmatch(m) is not None


#: The most words of an interview's short answer (``Yes.``, ``Every day.``).
SHORT_ANSWER_MAX_WORDS: Final = 3


def is_answered_briefly(state: State, i: int) -> bool:
    """Whether the block *i* is a question answered in a word or three under it.

    A short question alone on its line reads as a subheading (``Who
    pays?``), but a subheading introduces running text, and no paragraph
    under one is a bare ``Yes.``: a question followed by an answer of at
    most :data:`SHORT_ANSWER_MAX_WORDS` words ending with a full stop or an
    exclamation mark (``Is the pool reopening?`` / ``Yes.``, ``Did you ever
    think of quitting?`` / ``Every day.``) is one turn of an exchange, a
    paragraph of the story; the answer may be quoted (``What will he do?`` /
    ``"Fish," he said.``).  An answer of two or three words has one in
    lower case: a section heading with a full stop capitalises them all
    (``What is going on here?`` / ``The Facts.``: two headings).

    A story with such an exchange is an interview, and :func:`place_body`
    reads every other short question standing alone in it as a turn of the
    exchange too (``When?`` over ``"June, if the pumps arrive."``), not a
    subheading.
    """
    blocks = state.blocks
    if i + 1 >= len(blocks) or not blocks[i].match.rstrip(QUOTE_CHARS + " ").endswith("?"):
        return False
    answer = blocks[i + 1]
    core = answer.match.strip(QUOTE_CHARS + " ")
    if answer.claimed or answer.words > SHORT_ANSWER_MAX_WORDS or core[-1:] not in ".!":
        return False
    words = core.split()
    # A heading with a full stop capitalises every word ("The Facts."); an
    # answer of more than one word writes the rest in lower case.
    return core[:1].isupper() and (len(words) == 1 or any(w[:1].islower() for w in words))


def credits_a_quotation(c: Candidate) -> bool:
    """Whether the block is a quotation standing alone, credited after a dash.

    Feature and broadcast copy set a quotation on a line of its own and
    credit it after a dash: ``"We lost everything." — Jane Roe, bakery
    owner``.  It is reported speech, a paragraph of the story, not a
    subheading or the furniture under the story.
    """
    m = c.match
    if not m or m[0] not in QUOTE_CHARS or c.words > HEADLINE_MAX_WORDS * 4:
        return False
    close = max(m.rfind(ch) for ch in "\"”»’'")
    if close <= 0:
        return False
    return _CREDIT_AFTER_QUOTE.fullmatch(m, close + 1) is not None


def is_titlelike(c: Candidate) -> bool:
    """Whether the block could be a headline or subheading."""
    if c.words > HEADLINE_MAX_WORDS or is_prose(c):
        return False
    core = _core(c.match).lstrip("¡¿")  # Spanish opens ¡...! and ¿...? with a mark
    if not core or core[-1] in RUNS_ON:
        return False
    first = core[0]
    if first == "<" and BRACKETED_COMPANY.match(core):
        # Reuters opens a title with the company in angle brackets.
        first = core[1]
    return first.isupper() or first.isdigit()


def is_datelined(c: Candidate) -> bool:
    """Whether the block opens with a dateline and runs on after it.

    The dateline is read by :func:`wireparse.metadata.datelines.match_dateline`
    (``HANOI, Vietnam (AP) —``, ``LOS ANGELES, Feb 26 -``, ``(Reuters) -``),
    and the block has more than six words.  A lead that had a dateline set
    alone above it joined on (:func:`join_dateline`) is datelined too.
    """
    if c.joined:
        return True
    return c.words > 6 and 0 <= _dateline_body(c) < len(c.match)


def _dateline_body(c: Candidate) -> int:
    """Where the text after the dateline opening *c* starts; ``-1`` without one (cached)."""
    if c.dateline_body == _UNKNOWN:
        c.dateline_body = -1
        if c.match[:1].isupper() or c.match[:1] == "(":
            found = match_dateline(c.match)
            if found is not None:
                c.dateline_body = found.body_start
    return c.dateline_body


# --------------------------------------------------------------------------
# Pass 0: pieces glued inside a block
# --------------------------------------------------------------------------

#: A link to a video or gallery, or a mail button, set at the end of a paragraph
#: (``Watch ... »`` after two spaces, ``E-mail to a friend``).
INLINE_LINK = lazy_compile(
    r"(?<=[.!?\"”’)])[ \t]{1,3}((?:Watch|See|Read|Explore|Listen|Hear|Take\s+a\s+look|Get|Check)\b"
    r"[^\n»]{2,150}»|E-?mail\s+to\s+a\s+friend)\s*$"
)
#: A production credit in brackets at the end of a paragraph (Reuters style).
#: For example ``... on Monday. (Reporting by Ada Finch)``.
INLINE_CREDIT = lazy_compile(
    r"(?<=[.!?\"”’])\s{1,3}(\((?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)"
    r"\s+by\b[^()\n]{3,300}\))\s*$"
)

#: Reuters' sign-off set on the last line of the copy after the last
#: sentence, spaces apart (``... total 12.5 (9.8).        REUTER``) or one
#: space after it (``... on Tuesday. reuter``).
INLINE_SIGNOFF = lazy_compile(
    r"(?<=[.!?\"”’)\]])[ \t]{1,40}((?:Reuters?|REUTERS?|reuters?)\.?)[ \t]*$"
)
#: The agency's name set off by a dash at the end of the last paragraph:
#: ``... the minister said. -- Reuters.``, ``... on Friday. — AFP``.
INLINE_TAGLINE = lazy_compile(
    r"(?<=[.!?\"”’)])[ \t]{1,3}((?:--|[—–])[ \t]?(?:Reuters|REUTERS|The\sAssociated\sPress|AP|AFP|"
    r"Agence\sFrance-Presse|dpa|DPA|UPI|Xinhua|Bloomberg)\.?)[ \t]*$"
)

#: An agency's bracketed sign-off set at the end of the last paragraph, after
#: its last sentence, as dpa, APA and SDA/ATS end a story: ``... auf dem
#: Fährplan. (dpa)``, ``... la semaine prochaine. (ats/nxp)``.  The name must be
#: a known agency's (:func:`inline_agency_signoff`).
INLINE_AGENCY_SIGNOFF = lazy_compile(
    r"(?<=[.!?\"”’»“])\s{1,3}(\(\s?(?P<agency>[\p{L}][\p{L}\-]{1,15})"
    r"(?:\s?\\?/\s?[\p{L}0-9]{1,8}){0,4}\s?\))[ \t]*$"
)

#: A page flattened to one line is at least this long.
FLAT_MIN: Final = 1000
_NAME = r"\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){0,3}"
#: A byline in flattened text, followed by a capitalised dateline:
#: ``By Jane Doe and John Roe VALLETTA, March 3 (Reuters) -``.
FLAT_BYLINE = lazy_compile(
    rf"(By\s{_NAME}(?:(?:,\s|\sand\s){_NAME}){{0,3}})\s(?=\p{{Lu}}{{2,}}[\p{{Lu}} .,'-]{{0,40}},\s)"
)
#: A headline opening flattened text, before such a byline.
#: For example ``Harbor bridge reopens By Ada Finch``.
FLAT_HEADLINE = lazy_compile(r"(\p{Lu}[^\n]{8,240}?)\s(?=By\s\p{Lu})")
#: A subheading in capitals between two sentences of flattened text
#: (:data:`wireparse.structure.flattened.CAPITALS_HEADING`).
#: For example ``... on Monday. WHAT COMES NEXT The council ...``.
FLAT_HEADING: Final = CAPITALS_HEADING

# Trailing pieces are looked for only this far from a block's end.
_TAIL = 320
# A trailing sign-off or dashed agency name lies within this many characters of it.
_SHORT_TAIL = 72
# Patterns anchored at the end of a line are tried only this far from it.
_END_WINDOW = 120
_WORD_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"


@attrs.frozen(slots=True)
class Inline:
    """A piece found glued inside a block, to be cut out as a block of its own.

    :param start: Offset of the piece's first character.
    :param end: Offset just past its last character.
    :param kind: What the piece is; ``None`` for running text cut off from
        what follows it (the text before a dateline inside a flattened page).
    :param rule: The name of the rule that found it.
    :param notice: The copyright notice read from it, for a notice.
    """

    start: int
    end: int
    kind: BlockKind | None
    rule: str
    notice: Notice | None = None


#: The pieces :class:`InlineScanner` looks for at a block's end: the pattern,
#: the kind and rule of what it finds, the characters a block must end
#: with for the pattern to be tried at all, and how far before the block's
#: last character other than a space or tab a match can start (the sign-off
#: is at most 40 spaces and ``REUTERS.`` after its sentence's last mark, the
#: dashed agency name at most three spaces, a dash, a space and
#: ``Agence France-Presse.``).
#: The last item names what the block's last :data:`_SHORT_TAIL` characters
#: must hold for the pattern to be tried (``euter``, a dash), if anything.
_INLINE_TAILS: Final = (
    (INLINE_LINK, BlockKind.FURNITURE, "furniture.inline_link", "»d", _TAIL, ()),
    (INLINE_CREDIT, BlockKind.CREDIT, "credit.inline", ")", _TAIL, ()),
    (INLINE_SIGNOFF, BlockKind.SIGNOFF, "signoff.inline", "rRsS.", 60, ("euter", "EUTER")),
    (INLINE_TAGLINE, BlockKind.TAGLINE, "tagline.inline", "sSPIae.", 40, ("--", "—", "–")),
)
#: The characters a block may end with for one of :data:`_INLINE_TAILS` to be tried.
_INLINE_TAIL_ENDS: Final = frozenset("".join(entry[3] for entry in _INLINE_TAILS))
#: The entries of :data:`_INLINE_TAILS` to try for each last character, in order
#: (a block ending ``.`` is asked only about the sign-off and the dashed agency name).
_INLINE_TAILS_BY_END: Final = {
    last: tuple(entry for entry in _INLINE_TAILS if last in entry[3]) for last in _INLINE_TAIL_ENDS
}


#: For each last character, the marks a block's last :data:`_SHORT_TAIL`
#: characters must hold for any of its :data:`_INLINE_TAILS_BY_END` entries
#: to be tried (``None`` where an entry needs no mark).  A block ending with a
#: full stop is searched only for the sign-off and the dashed agency name: its
#: tail must hold ``euter``, ``EUTER`` or a dash.  The marks are looked for
#: with ``in`` in the tail's slice, one after the other: a few times as fast
#: as one pattern of them all searched over the tail of a text with wide
#: characters.
_TAIL_MARKS_BY_END: Final = {
    last: (
        tuple(dict.fromkeys(mark for entry in entries for mark in entry[5]))
        if all(entry[5] for entry in entries)
        else None
    )
    for last, entries in _INLINE_TAILS_BY_END.items()
}


def may_hold_inline(text: str, start: int, end: int, notice_hints: list[int]) -> bool:
    """Whether the block ``text[start:end]`` (not a flattened page) may hold a glued piece.

    ``False`` says what :meth:`InlineScanner.next` would find at *start*:
    nothing.  The block holds no hint of a copyright mark, does not end with
    a closing bracket (an agency's sign-off, ``(dpa)``), and does not end
    with a character a trailing piece ends with, or, ending with a full
    stop, holds neither ``euter`` nor a dash in its tail: most paragraphs
    (``The ferry runs again on Monday.``).  The scanner is then not built.

    :param notice_hints: Where :func:`wireparse.metadata.copyright.mark_hints`
        found a mark's hint in the text, in order.
    """
    if notice_hints:
        k = bisect.bisect_left(notice_hints, start)
        if k < len(notice_hints) and notice_hints[k] < end:
            return True
    last = text[end - 1]
    if last == ")":
        return True
    if last not in _INLINE_TAIL_ENDS:
        return False
    marks = _TAIL_MARKS_BY_END[last]
    if marks is None:
        return True
    tail = text[max(start, end - _SHORT_TAIL) : end]
    # A loop, not any() over a generator: this runs for most blocks.
    for mark in marks:  # noqa: SIM110
        if mark in tail:
            return True
    return False


class InlineScanner:
    """Find the pieces glued inside one block, in order, in linear time.

    The pieces are copyright notices, a trailing link, credit, sign-off
    (:data:`INLINE_SIGNOFF`) or dashed agency name (:data:`INLINE_TAGLINE`), and, in a
    page flattened to one line, the headline and byline before its dateline
    and subheadings set in capitals between its sentences.  Each search's
    result is kept until the scan passes it, so no stretch of text is
    searched twice for the same pattern.

    :param text: The source.
    :param end: Offset just past the block's last character.
    :param flat: Whether the block is a page flattened to one line.
    """

    __slots__ = ("_heading", "_notice", "_pieces", "end", "flat", "text")

    def __init__(self, text: str, end: int, *, flat: bool) -> None:
        self.text = text
        self.end = end
        self.flat = flat
        self._notice: tuple[int, Notice | None] = (-1, None)
        self._heading: tuple[int, regex.Match[str] | None] = (-1, None)
        self._pieces: list[FlatPiece] | None = None

    def next(self, start: int) -> Inline | None:
        """Return the first piece at or after *start*, or ``None``."""
        text, end = self.text, self.end
        if self.flat:
            head = _flat_head(text, start, end)
            if head is not None:
                return head
        notice = self._next_notice(start)
        found = (
            Inline(notice.start, notice.end, BlockKind.COPYRIGHT, "copyright", notice)
            if notice is not None and not credits_a_picture(notice)
            else None
        )
        last = text[end - 1]
        if last in _INLINE_TAIL_ENDS:
            found = self._tail_piece(start, found)
        if last == ")":
            signed = inline_agency_signoff(text, max(start, end - _SHORT_TAIL), end)
            if signed is not None and (found is None or signed.start < found.start):
                found = signed
        if self.flat:
            m = self._next_heading(start)
            if m is not None and (found is None or m.start(1) < found.start):
                found = Inline(m.start(1), m.end(1), BlockKind.HEADING, "heading.flattened")
            piece = self._next_piece(start)
            if piece is not None and (found is None or piece[0] <= found.start):
                found = Inline(*piece)
        return found

    def _tail_piece(self, start: int, found: Inline | None) -> Inline | None:
        """The first of :data:`_INLINE_TAILS` found at the block's end, if before *found*."""
        text, end = self.text, self.end
        last = text[end - 1]
        # The sign-off and the dashed agency name are short: a tail that has
        # no ``euter``/``EUTER`` nor dash is not searched for them, and the
        # search starts no further back than such a piece can.  (The block
        # ends with one of the pattern's last characters, no space or tab:
        # the piece ends at the block's end.)
        tail: str | None = None
        for pattern, kind, rule, _ends, reach, marks in _INLINE_TAILS_BY_END.get(last, ()):
            if marks:
                if tail is None:
                    tail = text[max(start, end - _SHORT_TAIL) : end]
                for mark in marks:
                    if mark in tail:
                        break
                else:
                    continue
            m = pattern.search(text, max(start, end - _TAIL, end - reach), end)
            if m is not None and (found is None or m.start(1) < found.start):
                found = Inline(m.start(1), m.end(1), kind, rule)
        return found

    def _next_piece(self, start: int) -> FlatPiece | None:
        """The first piece of :func:`wireparse.structure.flattened.pieces` at or after *start*."""
        if self._pieces is None:
            self._pieces = flat_pieces(self.text, start, self.end)
            self._pieces.reverse()
        while self._pieces and (self._pieces[-1][0] < start or self._pieces[-1][1] <= start):
            self._pieces.pop()
        return self._pieces[-1] if self._pieces else None

    def _next_notice(self, start: int) -> Notice | None:
        searched, notice = self._notice
        if searched < 0 or (notice is not None and notice.start < start):
            notice = find_notice(self.text, start, self.end)
            self._notice = (start, notice)
        return notice

    def _next_heading(self, start: int) -> regex.Match[str] | None:
        searched, m = self._heading
        if searched < 0 or (m is not None and m.start(1) < start):
            m = FLAT_HEADING.search(self.text, start, self.end)
            self._heading = (start, m)
        return m


def credits_a_picture(notice: Notice) -> bool:
    """Whether *notice* is a picture's credit, not the story's copyright.

    A caption may mark its photographer's credit with the copyright sign,
    after its sentence (``Crews clear the pier on Tuesday. © Ada
    Marsh/Portvale Courier``, in brackets too: ``(© Ada Marsh/Courier)``) or
    on the line under it.  A notice with no year whose holder is a person's
    name, a slash and an outlet (:data:`PHOTOGRAPHER_CREDIT`) is left in its
    block, a caption (:data:`CAPTION_CREDIT_SLASH`,
    :func:`is_photographer_credit`), and the story's copyright is not the
    photographer's.
    """
    if notice.year is not None or notice.holder is None or "/" not in notice.holder:
        return False
    found = PHOTOGRAPHER_CREDIT.fullmatch(notice.holder.rstrip(").").strip())
    return found is not None and is_person_name(found.group("name"))


def inline_agency_signoff(text: str, start: int, end: int) -> Inline | None:
    """An agency's bracketed sign-off ending ``text[start:end]`` (:data:`INLINE_AGENCY_SIGNOFF`).

    ``Die Fähre fährt wieder ab Montag. (dpa)``: the ``(dpa)`` is cut out as
    a sign-off (``signoff.inline_agency``), from which the story's agency is
    read.  ``(Photo)`` or ``(SPD)`` after a sentence names no agency and stays.
    """
    m = INLINE_AGENCY_SIGNOFF.search(text, start, end)
    if m is None or canonical_agency(m.group("agency")) is None:
        return None
    return Inline(m.start(1), m.end(1), BlockKind.SIGNOFF, "signoff.inline_agency")


def _flat_head(text: str, start: int, end: int) -> Inline | None:
    """The headline, then the byline, opening a flattened page before its dateline."""
    while start < end and text[start].isspace():
        start += 1
    m = FLAT_HEADLINE.match(text, start, end)
    if m is not None and not FLAT_BYLINE.match(text, start, end):
        return Inline(start, m.end(1), BlockKind.HEADLINE, "headline.flattened")
    m = FLAT_BYLINE.match(text, start, end)
    if m is not None:
        return Inline(start, m.end(1), BlockKind.BYLINE, "byline.flattened")
    return None


# --------------------------------------------------------------------------
# Pass 1: block rules
# --------------------------------------------------------------------------


#: A control character, what a block of transmission framing opens with (STX ``\x02``,
#: ETX ``\x03``, DEL ``\x7f``): :func:`framing`'s opening.
_CONTROL_CHAR = lazy_compile(r"[\x00-\x1f\x7f]")


def framing(state: State, i: int) -> BlockKind | None:
    """Control characters alone: transmission framing (STX, ETX, EOT...)."""
    m = state.blocks[i].match
    if m and " " <= m[0] != "\x7f":
        return None  # the common case, decided by the first character
    return BlockKind.FRAMING if all(ch < " " or ch == "\x7f" for ch in m) else None


def signoff(state: State, i: int) -> BlockKind | None:
    """A sign-off or end mark on its own line, in the story's last blocks."""
    c = state.blocks[i]
    if SIGNOFF.fullmatch(c.match) is None:
        return None
    tail = state.blocks[i + 1 :]
    return BlockKind.SIGNOFF if len(tail) <= 3 else None


def signoff_slashed(state: State, i: int) -> BlockKind | None:
    """A sign-off of slash-separated parts naming an agency, in the story's last blocks.

    Some publishers end syndicated copy with the publisher, the agency that
    supplied it and the desk editor's initials: ``The Courier/AFP/jd``
    (:data:`wireparse.metadata.agencies.SLASHED_SIGNOFF`).  One of the parts before
    the initials must be a known agency.
    """
    c = state.blocks[i]
    if len(state.blocks) - i > 4 or "/" not in c.match:
        return None
    if not SLASHED_SIGNOFF.fullmatch(c.match):
        return None
    parts = c.match.split("/")[:-1]
    return BlockKind.SIGNOFF if any(canonical_agency(p.strip()) for p in parts) else None


#: An agency's bracketed sign-off with desk codes, as German, Swiss and
#: Austrian services end a story: ``(dpa)``, ``(ats/nxp)``, ``(sda/sj)``,
#: ``(SDA\\/sj)``, ``(APA)``.  The name must be an agency's.  The pattern is
#: :data:`wireparse.metadata.agencies.AGENCY_SIGNOFF`, which the agency
#: decision reads too.
AGENCY_SIGNOFF = _AGENCY_SIGNOFF


def agency_signoff(state: State, i: int) -> BlockKind | None:
    """An agency's bracketed sign-off on its own line, in the story's last blocks.

    dpa, SDA/ATS, APA and KNA close a story with their name and the editors'
    desk codes in brackets: ``(dpa)``, ``(ats/nxp)``.  The name must be a
    known agency's, so that ``(Photo)`` or ``(continued)`` is not one.
    """
    c = state.blocks[i]
    m = AGENCY_SIGNOFF.fullmatch(c.match)
    if m is None or canonical_agency(m.group("agency")) is None:
        return None
    tail = [b for b in state.blocks[i + 1 :] if b.match.strip()]
    return BlockKind.SIGNOFF if len(tail) <= 3 else None


#: A German wire's end mark, the whole line: ``(Schluss)``, alone or with
#: the editors' desk codes after it (``(Schluss) spo/mk``, ``(Schluss) kb``).
END_MARK = lazy_compile(r"\((?:Schluss|SCHLUSS)\)(?:\s{1,3}\p{L}{1,5}(?:\s?/\s?\p{L}{1,5}){0,4})?")


def end_mark(state: State, i: int) -> BlockKind | None:
    """A German wire's end mark with its desk codes, in the story's last blocks.

    dpa closes a story with ``(Schluss)`` and the initials of the editors
    who handled it: ``Die Arbeiten beginnen im April.`` / ``(Schluss)
    spo/mk`` (:data:`END_MARK`).  It ends the story as ``-0-`` or ``(dpa)``
    does, a sign-off, not the page's furniture.
    """
    c = state.blocks[i]
    if END_MARK.fullmatch(c.match) is None:
        return None
    tail = [b for b in state.blocks[i + 1 :] if b.match.strip()]
    return BlockKind.SIGNOFF if len(tail) <= 3 else None


#: The characters a :data:`TAGLINE` or :data:`TAGLINE_DASHED` match can end
#: with: the last letters of ``Wire``, ``Press``, ``AP``, ``Reuters``,
#: ``Bloomberg``, ``News``, ``UPI``, ``dpa``, ``Presse``, a ``TM`` or ``™``
#: with its bracket, and the dashed form's full stop.
_TAGLINE_LAST: Final = "esPgIaM™)."


def tagline(state: State, i: int) -> BlockKind | None:
    """A line naming the wire alone (``The-CNN-Wire``, ``-- The Associated Press``)."""
    m = state.blocks[i].match
    # The last character asked first: most short lines end otherwise.
    if m[-1:] in _TAGLINE_LAST and m and (TAGLINE.fullmatch(m) or TAGLINE_DASHED.fullmatch(m)):
        return BlockKind.TAGLINE
    return None


#: PA's picture service named alone on a line, in brackets or not: ``PA
#: Wire``, ``(PA Wire)``, ``PA Media``, ``PA Images``, ``PA Archive``.
PICTURE_AGENCY_LINE = lazy_compile(r"(\()?PA\s(?:Wire|Media|Images|Archive)(?(1)\))\.?")


def picture_agency_line(state: State, i: int) -> BlockKind | None:
    """PA's picture service named on the line under a caption: the caption's credit.

    Pages that run PA's copy set its picture credit with the caption and the
    service's name on a line of its own under it, no blank line between
    (``Crews at the pier on Monday. Picture: Ada Marsh/PA`` / ``PA Wire``).
    Such a line (:data:`PICTURE_AGENCY_LINE`) right under a caption is part
    of the picture's credit, a caption, not the story's tagline; alone
    elsewhere it stays the tagline naming the wire.
    """
    if i == 0 or not state.attached(i - 1, i) or state.blocks[i - 1].kind is not BlockKind.CAPTION:
        return None
    return BlockKind.CAPTION if PICTURE_AGENCY_LINE.fullmatch(state.blocks[i].match) else None


#: :data:`NOTE`'s bit in :attr:`Candidate.opens`: most blocks opening with a
#: ``T``, ``A`` or ``C`` open with no word of a note (``The``, ``As``).
_NOTE_OPENS: Final = BLOCK_OPENINGS.add(NOTE)


def note(state: State, i: int) -> BlockKind | None:
    """An editor's note or a developing-story note."""
    c = state.blocks[i]
    if c.words <= _NOTE_MAX_WORDS and c.opens & _NOTE_OPENS and NOTE.match(c.match):
        return BlockKind.NOTE
    return None


#: The label of a correction or an editor's note set alone on its line over
#: the note: ``Correction``, ``CLARIFICATION``, ``Editor's note``.
NOTE_LABEL = lazy_compile(
    r"(?:Corrections?|CORRECTIONS?|Clarifications?|CLARIFICATIONS?|"
    r"Editor['’]?s\s+[Nn]ote|EDITOR['’]?S\s+NOTE)\s?:?"
)


#: What a story's text holds when it has a :data:`NOTE_LABEL`: the rule
#: ``note.labelled`` is offered no block of a story without one.
_NOTE_LABEL_NEEDS: Final = (
    "orrection",
    "ORRECTION",
    "larification",
    "LARIFICATION",
    "ditor",
    "DITOR",
)


def _is_note_label(state: State, j: int) -> bool:
    """Whether block *j* is a :data:`NOTE_LABEL` alone over a note, above or under the story.

    Above: no block before it is running text; under: none after the block
    under it is.
    """
    blocks = state.blocks
    if j + 1 >= len(blocks) or NOTE_LABEL.fullmatch(blocks[j].match) is None:
        return False
    return not any(is_prose(b) for b in blocks[:j]) or not any(is_prose(b) for b in blocks[j + 2 :])


def note_label(state: State, i: int) -> BlockKind | None:
    """A correction's or editor's note's label alone on its line, above or under the story.

    A page sets a correction over the story or under it as a label and the
    text: ``Correction`` / ``A story on Tuesday gave the wrong date for the
    hearing. It is March 9.``  The label (:data:`NOTE_LABEL`), with a block
    under it, and with no running text above it (the top of the page) or
    none under that block (the foot), is a note; the block under it is the
    note's text (``note.labelled``), whatever its words.  Between the
    paragraphs, a bare ``Correction`` may be a subheading (a story on the
    markets) and is left alone.
    """
    return BlockKind.NOTE if _is_note_label(state, i) else None


def note_labelled(state: State, i: int) -> BlockKind | None:
    """The text of a note under its label alone on a line (:func:`note_label`)."""
    return (
        BlockKind.NOTE
        if i and state.blocks[i - 1].kind is BlockKind.NOTE and _is_note_label(state, i - 1)
        else None
    )


#: A footnote marked with an asterisk glued to its first word: ``*Name
#: changed``, ``*Le prénom a été modifié``, ``*Der Name ist der Redaktion
#: bekannt``.  A list item (``* item``) has a space after its mark.
FOOTNOTE = lazy_compile(r"\*{1,3}(?=\p{L})")
#: The most words of a footnote.
_FOOTNOTE_MAX_WORDS: Final = 30
#: How many blocks from the end a footnote may stand.
_FOOTNOTE_TAIL: Final = 4


def footnote(state: State, i: int) -> BlockKind | None:
    """An asterisk footnote among the story's last blocks (:data:`FOOTNOTE`).

    ``*Le prénom a été modifié`` under a French reportage, or ``*Name
    changed to protect her identity`` under an English one, explains a mark
    in the story; it is a note, not the last paragraph.
    """
    c = state.blocks[i]
    if len(state.blocks) - i > _FOOTNOTE_TAIL or not FOOTNOTE.match(c.match):
        return None
    return BlockKind.NOTE


#: :data:`CREDIT_START`'s bit in :attr:`Candidate.opens`.
_CREDIT_START_OPENS: Final = BLOCK_OPENINGS.add(CREDIT_START)


#: A verb in the past, in lower case, that no credit line holds: a word in
#: ``-ed`` but the credits' own (``edited``, ``compiled``, ``reported``,
#: ``contributed``, ``produced``, ``updated``, ``added``), as in ``Reporting
#: by the Gazette prompted the inquiry.``
_CREDIT_SENTENCE_VERB = lazy_compile(
    r"\b(?!(?:edited|compiled|reported|contributed|produced|updated|added)\b)\p{Ll}{2,}ed\b"
)


def _credit_opening_a_sentence(m: str) -> bool:
    """Whether *m*, opened like a credit (``Reporting by``), is a sentence of the story.

    A wire's credit line names its people and their parts, ``Reporting by
    Ada Roe; Editing by Tom Hale``; a sentence of the story may open with the
    same words and go on with its verb: ``Reporting by the Gazette prompted
    the inquiry.``, ``Reporting by the Courier led to his arrest.``  A verb
    in the past (:data:`_CREDIT_SENTENCE_VERB`, or a word of the list
    ``irregular_past``) makes it a sentence.
    """
    if _CREDIT_SENTENCE_VERB.search(m) is not None:
        return True
    irregular = lexicon.words("en", "irregular_past")
    return any(w.strip(",.;:()") in irregular for w in m.split())


def credit(state: State, i: int) -> BlockKind | None:
    """A contributor or production credit (``X contributed to this report.``).

    A syndicated story's note of where it first ran, or by whose leave, is
    one too, up to 30 words (``This article originally appeared in The
    Portvale Courier.``, ``Republished with permission of Harbor Review.``;
    :data:`SYNDICATION_CREDIT`): it credits the story's source.

    A block opened like a credit line that goes on as a sentence, with a
    verb in the past (``Reporting by the Gazette prompted the inquiry.``;
    ``_credit_opening_a_sentence``), is none.

    A wire's credit in brackets, the whole block, is one however long, as
    Reuters lists every reporter of a big story with the place each filed
    from (``(Additional reporting by Ada Finch and Ola Brenner in Portvale,
    ... in Ferring; Writing by Tom Hale; Editing by Ann Vole)``); other
    credits have at most 60 words.
    """
    c = state.blocks[i]
    m = c.match
    if c.words > _SHORT_MAX_WORDS:
        # A wire's long credit in brackets, the whole block: "(Additional
        # reporting by ... in Portvale; Writing by ...; Editing by ...)".
        return (
            BlockKind.CREDIT
            if m[:1] == "("
            and m[-1:] == ")"
            and "(" not in m[1:]
            and c.opens & _CREDIT_START_OPENS
            and CREDIT_START.match(m)
            and not _credit_opening_a_sentence(m)
            else None
        )
    if (
        (
            c.opens & _CREDIT_START_OPENS
            and CREDIT_START.match(m)
            and not _credit_opening_a_sentence(m)
        )
        or (("contributed" in m or "helped with" in m) and CREDIT.search(m))
        or (
            c.words <= _SYNDICATION_MAX_WORDS
            and (
                "first" in m
                or "originally" in m
                or "permission" in m
                or "partnership" in m
                or "collaboration" in m
            )
            and SYNDICATION_CREDIT.match(m)
        )
    ):
        return BlockKind.CREDIT
    return None


#: The most words of a wire's credit in brackets (:func:`credit`).
_LONG_CREDIT_MAX_WORDS: Final = 200
#: The most words of a syndicated story's credit (:data:`SYNDICATION_CREDIT`).
_SYNDICATION_MAX_WORDS: Final = 30


#: An author's bio at the foot of a story: the author's name, ``is`` and the
#: trade, a few words of description between (``Ada Finch is a reporter
#: covering the harbor for the Portvale Courier.``, ``Ada Finch is a
#: freelance writer based in Portvale.``).
AUTHOR_BIO = lazy_compile(
    r"(?P<name>\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})\s(?:is|was)\s(?:an?|the)\s"
    r"(?:[\p{L}-]+\s){0,3}(?:reporter|writer|correspondent|columnist|journalist|editor|"
    r"photographer|producer|critic|contributor)\b"
)
#: How many blocks from the end an author's bio may stand.
_AUTHOR_BIO_TAIL: Final = 6


def author_bio(state: State, i: int) -> BlockKind | None:
    """An author's bio at the foot of the story, with no address in it.

    Papers and magazines close a story with a line about its writer:
    ``Ada Finch is a reporter covering the harbor for the Portvale
    Courier.``, ``Ada Finch is a freelance writer based in Portvale. She has
    written for the Courier since 2019.`` (:data:`AUTHOR_BIO`).  It tells
    who wrote the story, as a credit does, and is no paragraph of it.  The
    line is among the story's last six blocks, opens with a person's name
    (:func:`wireparse.metadata.bylines.is_person_name`) and quotes no one;
    a bio that says how to reach the writer is a contact line
    (``contact.reporter``).  Only a block holding the word ``is`` or
    ``was`` is read.  A line opening with the name of the story's byline,
    ``is`` and ``a`` or ``the`` is the writer's bio whatever the writer does
    (:data:`AUTHOR_BIO_NAMED`): an opinion page's guest writer, ``By Ada
    Finch`` over the column, ``Ada Finch is a retired teacher who lives in
    Portvale.`` under it; and so is one with the byline's name and the beat
    (``Ada Finch covers city hall for the Courier.``) or what the writer
    does, in the present (``Ada Finch runs a bakery in Portvale.``, ``Ada
    Finch teaches history at Portvale High.``), in a bare short sentence
    : ``Ada Finch lives near the quay, where ...``
    is the column's own prose.
    """
    if len(state.blocks) - i > _AUTHOR_BIO_TAIL:
        return None
    m = state.blocks[i].match
    if not any(v in m for v in _BIO_VERBS) or '"' in m:
        return None
    found = AUTHOR_BIO.match(m)
    if found is not None and is_person_name(found.group("name")):
        return BlockKind.CREDIT
    found = AUTHOR_BIO_NAMED.match(m)
    if found is None or found.group("name").casefold() not in _byline_names(state, i):
        return None
    if found.group("doing") is not None and not _is_bare_doing(m):
        return None
    return BlockKind.CREDIT


def _is_bare_doing(text: str) -> bool:
    """Whether a line telling what a writer does is a bio's bare short sentence.

    A bio says what the guest writer does in one short sentence with no
    clause after it (``Ada Finch lives in Portvale.``, ``Ada Finch teaches
    at Portvale High.``): its first sentence holds at most
    :data:`_BIO_DOING_MAX_WORDS` words and no comma, semicolon, colon or
    dash (:data:`_BIO_CLAUSE`).  A column's own prose naming its writer
    goes on past the place (``Ada Finch lives near the harbour, where the
    gulls wake her before the boats do.``) and is a paragraph.
    """
    brk = _INNER_SENTENCE_BREAK.search(text)
    first = text if brk is None else text[: brk.start()]
    return len(first.split()) <= _BIO_DOING_MAX_WORDS and _BIO_CLAUSE.search(first) is None


#: ... or the byline's own name, ``is`` and any description: an opinion
#: page's guest writer is no reporter (``Ada Finch is a retired teacher who
#: lives in Portvale.``, ``Ada Finch is the president of the Portvale
#: Rowing Club.``); or the byline's name and the beat (``Ada Finch covers
#: city hall for the Courier.``, ``Ada Finch writes about schools.``); or
#: the byline's name and what the guest writer does, in the present
#: (``Ada Finch runs a bakery in Portvale.``, ``Ada Finch teaches history
#: at Portvale High.``, ``Ada Finch lives in Portvale.``).
AUTHOR_BIO_NAMED = lazy_compile(
    r"(?P<name>\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})\s"
    r"(?:(?:is|was)\s(?:an?|the)\s|covers\s|writes\s(?:about|on|for)\s|reports\s(?:on|for)\s|"
    r"(?P<doing>(?:runs|owns|teaches|chairs|leads|directs)\s|lives\s(?:in|near|on)\s|works\s(?:as|at|for|in)\s))"
)
#: A clause going on after what a writer does: a comma, a semicolon, a colon
#: or a dash (``Ada Finch lives near the quay, where ...``).
_BIO_CLAUSE = lazy_compile(r"[,;:–—]|\s-{1,2}\s")
#: The most words of a sentence telling what a guest writer does.
_BIO_DOING_MAX_WORDS: Final = 14
#: The verbs an :data:`AUTHOR_BIO_NAMED` line may hold, between spaces.
_BIO_VERBS: Final = (
    " is ", " was ", " covers ", " writes ", " reports ", " runs ", " owns ",
    " teaches ", " chairs ", " leads ", " directs ", " lives ", " works ",
)  # fmt: skip


def _byline_names(state: State, i: int) -> set[str]:
    """The names of the story's byline above block *i*, case-folded."""
    for c in state.blocks[:i]:
        if c.kind is BlockKind.BYLINE:
            byline = parse_byline(state.source[c.start : c.end])
            return {n.casefold() for n in byline.names} if byline is not None else set()
    return set()


#: The marker of a CNN story file's highlights (``@highlight``), on a line of its own.
_HIGHLIGHT_MARKER: Final = "@highlight"


def highlight(state: State, i: int) -> BlockKind | None:
    """CNN story files: the ``@highlight`` marker and the line after it."""
    c = state.blocks[i]
    if c.match == _HIGHLIGHT_MARKER:
        return BlockKind.FURNITURE
    if i and state.blocks[i - 1].match == _HIGHLIGHT_MARKER:
        return BlockKind.HIGHLIGHT
    return None


#: :data:`CAPTION_START`'s bit in :attr:`Candidate.opens`.
_CAPTION_START_OPENS: Final = BLOCK_OPENINGS.add(CAPTION_START)
#: :data:`CREDIT_LINE`'s bit in :attr:`Candidate.opens`.
_CREDIT_LINE_OPENS: Final = BLOCK_OPENINGS.add(CREDIT_LINE)


#: The characters a :data:`CAPTION_END` match can end with.
_CAPTION_END_LAST: Final = ")sSoOPAgkea"


#: The label of a link to a photo gallery: ``Photos: Tigers celebrate the
#: title``, ``Photographs: ...``, ``GALLERY: ...``; a plural, where a
#: caption's label is singular.
GALLERY_LABEL = lazy_compile(
    r"(?:PHOTO(?:GRAPH)?S|Photo(?:graph)?s|PICTURES|Pictures|IMAGES|Images|GALLERY|Gallery)\s?:\s"
)
#: A word of three letters or more in lower case (``celebrate``): a headline
#: has some, a credit's names have none.
_LOWER_WORD: Final = lazy_compile(r"(?<!\S)\p{Ll}{3,}\b")


def is_gallery_link(m: str) -> bool:
    """Whether *m* is a link to a photo gallery, not a caption.

    Local sites set a link to their gallery between or under the paragraphs
    as a plural label and a headline: ``Photos: Tigers celebrate title win``.
    A caption describes one picture in a sentence (``Photo: Ada Finch pours
    coffee.``) or gives a credit (``Photos: Ada Finch/Courier``); a plural
    label before a headline in words of lower case, with no full stop and
    no credit in brackets, is the link (:data:`GALLERY_LABEL`).
    """
    label = GALLERY_LABEL.match(m)
    if label is None:
        return False
    rest = m[label.end() :].rstrip()
    return (
        rest[-1:] not in SENTENCE_END + ")\"”’'"
        and "/" not in rest
        and _LOWER_WORD.search(rest) is not None
    )


def is_photographer_credit(c: Candidate) -> bool:
    """Whether block *c* is only a photographer's credit: ``Ada Marsh/Portvale Courier``.

    A person's name (:func:`wireparse.metadata.bylines.is_person_name`), a
    slash and an outlet's capitalised name, in brackets or not
    (:data:`PHOTOGRAPHER_CREDIT`).  A name holding an organisation's noun or
    a place's last word is no person's: ``Harbor Board/City Hall`` and
    ``Main Street/Dock Road`` are left to the other rules.
    """
    if c.words > _CREDIT_LINE_MAX_WORDS or "/" not in c.match:
        return False
    found = PHOTOGRAPHER_CREDIT.fullmatch(c.match)
    if found is None or not is_person_name(name := found.group("name")):
        return False
    not_names = _not_person_words()
    return not any(w.casefold() in not_names for w in name.split())


@functools.cache
def _not_person_words() -> frozenset[str]:
    """Words no person's name holds: organisations' nouns and places' last words."""
    return ORG_WORDS | lexicon.words("en", "org_nouns") | lexicon.words("en", "place_tail_words")


def caption(state: State, i: int) -> BlockKind | None:
    """A photo or video caption, or an image credit.

    A picture's credit alone on its line is one, with a full stop after it
    too (``Bloomberg/Getty Images.``; :data:`CREDIT_ALONE`), and so is a
    photographer's credit for the outlet (``Ada Marsh/Portvale Courier``;
    :func:`is_photographer_credit`).  A link to a
    photo gallery (``Photos: Tigers celebrate title win``;
    :func:`is_gallery_link`) is no caption: it is left to the rules of links.
    """
    c = state.blocks[i]
    if (
        c.words <= _CREDIT_LINE_MAX_WORDS
        and c.opens & _CREDIT_LINE_OPENS
        and CREDIT_LINE.fullmatch(c.match)
    ):
        return BlockKind.CAPTION
    if (
        c.words <= _CREDIT_LINE_MAX_WORDS
        and c.match[-1:] == "."
        and "/" in c.match
        and CREDIT_ALONE.fullmatch(c.match)
    ):
        # A picture's credit alone, with a full stop: "Bloomberg/Getty Images."
        return BlockKind.CAPTION
    if is_photographer_credit(c):
        # A photographer's credit alone: "Ada Marsh/Portvale Courier".
        return BlockKind.CAPTION
    if c.words <= _SHORT_MAX_WORDS and (
        (
            c.opens & _CAPTION_START_OPENS
            and CAPTION_START.match(c.match)
            and not is_gallery_link(c.match)
            and not (c.opens & _GALLERY_LINK_LANG_OPENS and GALLERY_LINK_LANG.fullmatch(c.match))
        )
        or (
            " in " in c.match
            and ("photo" in c.match or "image" in c.match or "picture" in c.match)
            and CAPTION_SUBJECT.fullmatch(c.match)
        )
        or (
            c.match[-1:] in _CAPTION_END_LAST
            and tail_search(CAPTION_END, c.match, _CAPTION_END_LAST)
        )
        or (
            # What each alternative of the pattern holds: a label's colon,
            # or the "by" after "Photo", or "courtesy of" (after a bracket too),
            # or a spaced slash; and a label's word.
            (":" in c.match or " by " in c.match or "ourtesy of " in c.match or " / " in c.match)
            and _may_end_with_credit(c.match)
            and CAPTION_CREDIT_END.search(c.match, max(0, len(c.match) - 160))
        )
        or (
            (c.match[-1:] == ")" or c.match[-1:].isalpha())
            and "/" in c.match
            and CAPTION_CREDIT_SLASH.search(c.match, max(0, len(c.match) - 120))
        )
        or (
            c.match[-1:] == ")"
            and CAPTION_BRACKETED_CREDIT_END.search(c.match, max(0, len(c.match) - 100))
            and not _QUOTING.search(c.match)
        )
        or (
            c.match[-1:] == ")"
            and c.words >= _AGENCY_CAPTION_MIN_WORDS
            and CAPTION_AGENCY_END.search(c.match, max(0, len(c.match) - 40))
            and c.match[:1].isupper()
            and not _QUOTING.search(c.match)
            and not _in_title_case(c)
            and not is_datelined(c)
        )
        or (
            c.words <= _POSITION_CAPTION_MAX_WORDS
            and (" left, " in c.match or " right, " in c.match or " cent" in c.match)
            and CAPTION_POSITION.search(c.match) is not None
            and not _QUOTING.search(c.match)
        )
        or (
            c.words <= _DATED_CAPTION_MAX_WORDS
            and c.match[-2:-1].isdigit()
            and c.match[-1:] == "."
            and "day, " in c.match
            and CAPTION_DATED.search(c.match, max(0, len(c.match) - 120))
            and not _NOT_CAPTION_TENSE.search(c.match)
            and not is_datelined(c)
        )
        or (c.match[:1].isdigit() and " of " in c.match[:9] and SLIDE_CAPTION.match(c.match))
        or (
            c.words <= _SHOWN_CAPTION_MAX_WORDS
            and (
                " shown" in c.match
                or " show " in c.match
                or " pictured" in c.match
                or " seen " in c.match
            )
            and CAPTION_SHOWN.fullmatch(c.match)
            and not _QUOTING.search(c.match)
            and not is_datelined(c)
        )
        or (
            c.words <= _DATED_CAPTION_MAX_WORDS
            and c.match[-2:-1].isdigit()
            and c.match[-1:] == "."
            and " in " in c.match
            and ". " not in c.match
            and CAPTION_DATED_WIRE.search(c.match, max(0, len(c.match) - 120))
            and " on " not in c.match[-40:]
            and not _NOT_CAPTION_TENSE.search(c.match)
            and not _QUOTING.search(c.match)
            and not is_datelined(c)
        )
    ):
        return BlockKind.CAPTION
    return None


#: The most words of a caption set over its photographer's credit.
_CREDITED_CAPTION_MAX_WORDS: Final = 50


def credited_caption(state: State, i: int) -> BlockKind | None:
    """The caption right above its photographer's credit line.

    Web copy sets a picture's caption, a sentence, with the credit on the
    line under it and no blank line between::

        Boats line the docks at the Pelican Key marina on Saturday.
        Photo by Ada Marsh

    The credit line (:data:`PHOTO_CREDIT_LINE`; the ``caption`` rule claims
    it) makes the block above it a caption when that block is a line or
    two of at most 50 words that opens
    with a capital and ends a sentence.  A byline (``By Ada Marsh``) ends
    none, and a paragraph of the story has a blank line after it.  The
    credit may also be a photographer's name and outlet
    (``Ada Marsh/Portvale Courier``; :func:`is_photographer_credit`) or a
    line of thanks to the picture's giver (``Photo: Courtesy of the Finch
    family``, ``Courtesy of the harbor board``; :data:`CREDIT_LINE`).  Over
    these, a sentence quoting someone or reporting speech (``said``) is a
    paragraph of the story: a caption shows, it does not quote.

    British regional pages set the caption with no full stop, over the
    credit labelled in brackets (``Hollins Green Bakery has been open since
    1968`` / ``(Image: Harbury Evening Star)``; :data:`BRACKETED_CREDIT_LINE`):
    under a line of at least :data:`CREDITED_CAPTION_MIN_WORDS` words, such a
    credit makes it a caption though it ends no sentence, once a title-like
    line of three words or more stands above it (the headline, which is
    never a caption).
    """
    blocks = state.blocks
    c = blocks[i]
    if i + 1 >= len(blocks) or c.words > _CREDITED_CAPTION_MAX_WORDS or len(c.lines) > 2:
        return None
    m = c.match
    if not m[:1].isupper() or not state.attached(i, i + 1):
        return None
    nxt = blocks[i + 1]
    if m[-1:] not in _SENTENCE_ENDS:
        return BlockKind.CAPTION if _captions_bracketed_credit(state, i) else None
    if nxt.words <= _CREDIT_LINE_MAX_WORDS and PHOTO_CREDIT_LINE.fullmatch(nxt.match):
        return BlockKind.CAPTION
    if (
        nxt.words <= _CREDIT_LINE_MAX_WORDS
        and (is_photographer_credit(nxt) or CREDIT_LINE.fullmatch(nxt.match))
        and not _QUOTING.search(m)
    ):
        return BlockKind.CAPTION
    return None


#: A picture's credit alone on its line, labelled and in brackets, as
#: British regional pages set it under a caption with no full stop:
#: ``(Image: Harbury Evening Star)``, ``(Picture: Ada Marsh)``, ``(Photo:
#: Ada Marsh/Harbor Herald)``.
BRACKETED_CREDIT_LINE = lazy_compile(r"\((?:Image|Picture|Photo)s?\s?:\s?\p{Lu}[^()\n]{1,80}\)")
#: ... or by its credit on its own line, labelled and in brackets, after a
#: caption with no full stop, as British regional pages set it: ``Ada
#: Finch at the gate of the allotments (Image: Harbury Evening Star)``,
#: ``Water over the towpath at Ferring Lock (Picture: Ada Marsh)``,
#: ``... (Photo: Harbury Rovers FC)``.  The caption holds a few words
#: before it, and the credit's name opens with a capital.
CAPTION_BRACKETED_CREDIT_END = lazy_compile(
    r"(?<=\p{L}\S*\s\S+\s\S+)\s\((?:Image|Picture|Photo)s?\s?:\s?\p{Lu}[^()\n]{1,80}\)$"
)
#: The fewest words of a caption with no full stop over a
#: :data:`BRACKETED_CREDIT_LINE`.
CREDITED_CAPTION_MIN_WORDS: Final = 4


def _captions_bracketed_credit(state: State, i: int) -> bool:
    """Whether block *i*, ending no sentence, is the caption over a bracketed credit line.

    The line under it is a :data:`BRACKETED_CREDIT_LINE`; the block has
    :data:`CREDITED_CAPTION_MIN_WORDS` words or more, quotes no one, and a
    title-like block of three words or more stands above it, so that the
    headline over a picture's credit stays the headline.
    """
    blocks = state.blocks
    c, nxt = blocks[i], blocks[i + 1]
    if c.words < CREDITED_CAPTION_MIN_WORDS or _QUOTING.search(c.match):
        return False
    if nxt.words > _CREDIT_LINE_MAX_WORDS or BRACKETED_CREDIT_LINE.fullmatch(nxt.match) is None:
        return False
    return any(b.kind is None and b.words >= 3 and is_titlelike(b) for b in blocks[:i])


def reports_before_picture_credit(c: Candidate) -> bool:
    """Whether *c* is a sentence reporting speech with a picture's bracketed credit glued on.

    British regional pages set a picture's labelled credit in brackets at
    the end of the paragraph the picture sits by, with no full stop before
    it: ``Owner Lena Brook said the shop had survived two floods (Picture:
    Tom Reddan)``.  A sentence that quotes someone or reports speech
    (a quotation mark, ``said``, ``told``) before such a credit
    (:data:`CAPTION_BRACKETED_CREDIT_END`) is the story's paragraph, not a
    caption (:func:`credited_caption`) nor, for want of a stop, a related
    link.
    """
    m = c.match
    if m[-1:] != ")" or "(" not in m:
        return False
    credit = CAPTION_BRACKETED_CREDIT_END.search(m, max(0, len(m) - 100))
    return credit is not None and _QUOTING.search(m, 0, credit.start()) is not None


#: A quotation mark, or a verb reporting speech: a sentence holding one is
#: the story's, no picture's caption (``"It is safer now," Ada Finch
#: said.``).
_QUOTING: Final = lazy_compile(r"[\"“”]|\b(?:said|says|told|added)\b")


#: What a caption's sentence ends with: a stop, or a closing quotation mark or bracket.
_SENTENCE_ENDS: Final = '.!?"”’)'


#: The words a :data:`CAPTION_CREDIT_END` match opens with (but its bracket):
#: ``Bild``, ``Foto``, ``Photo``, ``Image``, ``Credit``, ``Crédit``, ``Picture``,
#: ``Pic``, ``Courtesy``.
_CAPTION_CREDIT_WORDS: Final = (
    "Photo",
    "Foto",
    "Bild",
    "Image",
    "Pic",
    "Credit",
    "Crédit",
    "Courtesy",
)


def _may_end_with_credit(m: str) -> bool:
    """Whether the end of *m* that :data:`CAPTION_CREDIT_END` is searched in holds a label's word.

    Every alternative of the pattern opens with one of
    :data:`_CAPTION_CREDIT_WORDS` (after an optional bracket), and the
    search starts 160 characters from the end: a paragraph with a colon
    (most quotations' lead-ins) but no such word there is not searched.
    """
    tail = m[-160:]
    return any(word in tail for word in _CAPTION_CREDIT_WORDS)


#: What a story holds when it holds an embedded post's attribution
#: (:data:`EMBED`): a picture link or a bracketed handle (``(@portvale)``).
_EMBED_NEEDS: Final = ("pic.twitter.com/", "(@")


#: The characters an :data:`EMBED` match can end with (a figure or a word character).
_EMBED_LAST: Final = "0123456789" + _WORD_CHARS


def embed(state: State, i: int) -> BlockKind | None:
    """The attribution line of an embedded social-media post."""
    c = state.blocks[i]
    return (
        BlockKind.FURNITURE
        if c.words <= _SHORT_MAX_WORDS
        and c.match[-1:] in _EMBED_LAST
        and tail_search(EMBED, c.match, _EMBED_LAST)
        else None
    )


#: The bits of :data:`COUNTER`, :data:`FURNITURE_START` and the other patterns of
#: :func:`furniture` in :attr:`Candidate.opens`.
_COUNTER_OPENS: Final = BLOCK_OPENINGS.add(COUNTER)
_FURNITURE_START_OPENS: Final = BLOCK_OPENINGS.add(FURNITURE_START)
_WIDGET_LABEL_OPENS: Final = BLOCK_OPENINGS.add(WIDGET_LABEL)
_SHARE_BUTTON_OPENS: Final = BLOCK_OPENINGS.add(SHARE_BUTTON)
_FOOTER_LINKS_OPENS: Final = BLOCK_OPENINGS.add(FOOTER_LINKS)
#: The first letters of :data:`FURNITURE_WORDS`: a line made of them opens with one.
_FURNITURE_INITIALS: Final = frozenset(w[0] for w in FURNITURE_WORDS)


#: A page's breadcrumb trail, the sections above the story from the home
#: page down, each one to four words opening with a capital or a figure, set
#: apart by an arrow: ``Home › News › Economy``, ``News > World > Europe``,
#: ``Home » Sport » Football``, ``Arts and culture › Books``.
BREADCRUMB = lazy_compile(
    r"[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s[\p{L}\d&'’.-]+){0,3}"
    r"(?:\s?[›>»]\s?[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s[\p{L}\d&'’.-]+){0,3}){1,5}"
)
#: The arrows a :data:`BREADCRUMB` sets between its sections.
_BREADCRUMB_ARROWS: Final = "›>»"
#: An arrow between two sections of a :data:`BREADCRUMB`, with its spaces:
#: the `` › `` of ``Home › News``.
_BREADCRUMB_ARROW = lazy_compile(r"\s?[›>»]\s?")
#: The fewest sections of a :data:`BREADCRUMB` not opening with ``Home``.
_BREADCRUMB_MIN_SECTIONS: Final = 3
#: The most words of a :data:`BREADCRUMB`.
_BREADCRUMB_MAX_WORDS: Final = 16


def is_breadcrumb(m: str) -> bool:
    """Whether the line *m* is only a page's breadcrumb trail (:data:`BREADCRUMB`).

    A page sets the sections it files the story under above its headline,
    from the home page down: ``Home › News › Economy``.  Such a line is
    furniture, no headline.  It has three sections at least, or two with
    ``Home`` first (``Home » Sport``): a headline may compare two things
    with the sign (``Q3 > Q2 as sales rise``), and a sentence sets it
    between words in lower case (``prices > wages``).
    """
    if not any(a in m for a in _BREADCRUMB_ARROWS) or BREADCRUMB.fullmatch(m) is None:
        return False
    sections = _BREADCRUMB_ARROW.split(m)
    return len(sections) >= _BREADCRUMB_MIN_SECTIONS or sections[0].casefold() == "home"


def furniture(state: State, i: int) -> BlockKind | None:
    """Menus, buttons, labels, counters and promotional lines of the page."""
    c = state.blocks[i]
    m = c.match
    last = m[-1:]
    # The last character asked here before tail_search is called: most blocks end otherwise.
    if (last in "eE" and last and tail_search(WIDGET, m, "eE")) or (
        state.widgets and _repeats_widget(state, c)
    ):
        return BlockKind.FURNITURE
    if c.words > 25:
        return None
    if (
        (c.opens & _COUNTER_OPENS and COUNTER.fullmatch(m))
        or (c.opens & _FURNITURE_START_OPENS and FURNITURE_START.match(m))
        or (
            last in "»eE"
            and last
            and tail_search(FURNITURE_END, m, "»eE")
            and not _guillemet_quote(m)
        )
        or (("Share" in m or "Send" in m or "iReport" in m) and calls_to_share(m))
        or (
            ("comments" in m or "rivacy" in m or "agree" in m)
            and c.words <= _READER_BOX_MAX_WORDS
            and READER_BOX_LINE.search(m) is not None
        )
        or (
            c.words <= _WIDGET_LABEL_MAX_WORDS
            and c.opens & _WIDGET_LABEL_OPENS
            and WIDGET_LABEL.fullmatch(m)
        )
        or (
            c.words <= _SHARE_BUTTON_MAX_WORDS
            and c.opens & _SHARE_BUTTON_OPENS
            and SHARE_BUTTON.fullmatch(m)
        )
        or (c.words <= _BREADCRUMB_MAX_WORDS and is_breadcrumb(m))
        or (c.opens & _FOOTER_LINKS_OPENS and FOOTER_LINKS.fullmatch(m))
    ):
        return BlockKind.FURNITURE
    if c.words <= 2 and _is_picture_link(state, i):
        return BlockKind.FURNITURE
    if c.words <= 8 and _opens_word(m, _FURNITURE_INITIALS, ".,:!"):
        tokens = _CAMEL.sub(" ", m).casefold().split()
        if (
            tokens
            and all(t.strip(".,:!") in FURNITURE_WORDS for t in tokens)
            and not _heads_labelled_notes(state, i)
        ):
            return BlockKind.FURNITURE
    return None


#: A web address of a picture file alone on its line, maybe closing a
#: bracket: ``http://media.example.com/ferry/ferry_dock.jpg``,
#: ``https://img.example.org/logo.png)``.
PICTURE_URL = lazy_compile(r"(?i)(?:https?://|www\.)\S{1,300}\.(?:jpe?g|png|gif|webp)\)?")
#: The label a release sets over a picture's web address on the line under
#: it: ``Photo -``, ``(Photo 1:``, ``Logo -``, ``(Image:``.
PICTURE_URL_LABEL = lazy_compile(r"(?i)\(?(?:photo|logo|image|picture)(?:\s\d{1,2})?\s?[:-]")


def _is_picture_link(state: State, i: int) -> bool:
    """Whether block *i* is a link to a picture, or the label over one.

    A press release sets the web address of each picture it offers, its
    label often on the line above: ``(Photo 1:`` /
    ``http://media.example.com/ferry/ferry_dock.jpg)``, ``Photo -`` /
    ``http://media.example.com/ferry/keston.jpg``.  The address of a
    picture file alone on its line (:data:`PICTURE_URL`) is furniture, and
    so is such a label alone right over one (:data:`PICTURE_URL_LABEL`):
    the picture is not in the text.
    """
    m = state.blocks[i].match
    if PICTURE_URL.fullmatch(m) is not None:
        return True
    return (
        PICTURE_URL_LABEL.fullmatch(m) is not None
        and i + 1 < len(state.blocks)
        and PICTURE_URL.fullmatch(state.blocks[i + 1].match) is not None
    )


#: A note opening with a team's or a side's name and a colon, then a
#: sentence: ``Harbour City: Host Portvale on Saturday night.``
_LABELLED_NOTE = lazy_compile(r"\p{Lu}[\p{L}.'’ -]{1,30}:\s\p{Lu}")


def _heads_labelled_notes(state: State, i: int) -> bool:
    """Whether block *i*, in capitals, heads notes that open with a label and a colon.

    AP's game stories close with short sections under a heading in
    capitals, each note opening with a team's name and a colon: ``UP
    NEXT`` / ``Harbour City: Host Portvale on Saturday night.`` / ``Portvale:
    Visit Keston on Monday.``  Such a heading made of a menu's words (``UP
    NEXT``, ``LATEST``) is no page furniture: a page's label is not set in
    capitals over notes so labelled.
    """
    blocks = state.blocks
    m = blocks[i].match
    if not m.isupper() or i + 1 >= len(blocks):
        return False
    nxt = blocks[i + 1].match
    return _LABELLED_NOTE.match(nxt) is not None and nxt[-1:] in SENTENCE_END


#: A newspaper page's jump line, the whole line, where a story breaks off and
#: where it goes on: ``Continued from Page A1``, ``Continued on next page``,
#: ``From Page B1``, ``See HARBOR, Page A6``, ``Please see HARBOR, B3``.
JUMP_LINE = lazy_compile(
    r"(?:(?:Continued|CONTINUED)\s+(?:from|on|to|FROM|ON)\s+(?:(?:[Pp]age|PAGE)\s+\p{Lu}?\d{1,3}|"
    r"(?:the\s+)?(?:next|back|previous)\s+page)|(?:From|FROM)\s+(?:[Pp]age|PAGE)\s+\p{Lu}?\d{1,3}|"
    r"(?:(?:Please|PLEASE)\s+)?(?:[Ss]ee|SEE)\s+\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,2},\s+"
    r"(?:(?:[Pp]age|PAGE)\s+)?\p{Lu}?\d{1,3})\.?"
)
#: A page number at either end of a running head, with the part it ends or
#: opens: ``A4``, ``Page B3``, ``12 THE HARBOR HERALD``, ``THE HARBOR HERALD
#: PAGE B1``.
PAGE_NUMBER_FIRST = lazy_compile(r"(?:(?:Page|PAGE)\s)?\p{Lu}?\d{1,3}(?:\s(?P<rest>\p{Lu}[^\n]*))?")
#: ... at the end: ``13``, ``PAGE B1``, ``The Harbor Herald 13``.
PAGE_NUMBER_LAST = lazy_compile(r"(?:(?P<rest>[^\n]*\S)\s)?(?:(?:Page|PAGE)\s)?\p{Lu}?\d{1,3}")
#: The parts of a running head, set apart by bars or bullets: ``A4 | The
#: Harbor Herald | Tuesday, March 3, 2026``.
_RUNNING_HEAD_BAR = lazy_compile(r"\s[|•]\s")
#: A day's or a month's name in a part of a running head (``Tuesday, March
#: 3``, ``SUNDAY, MAY 10, 2026``).
_DAY_NAME = lazy_compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
#: A wire's slug line over its copy: AP's cycle and keyword line (``BC-Ferry
#: Strike, 2nd Ld-Writethru``), Reuters' keywords in capitals with their
#: version (``PORTVALE-FERRY/STRIKE (UPDATE 2)``), the keywords holding a
#: slash or followed by the version: a subheading in capitals (``TIP-INS``)
#: has neither.
WIRE_SLUG = lazy_compile(
    r"\^?(?:BC|AM|PM)-\S[^\n]*|"
    r"(?:(?=\S*/)\p{Lu}[\p{Lu}\d]+(?:[-/]\p{Lu}[\p{Lu}\d]*)+/?(?:\s(?=\())?|"
    r"\p{Lu}[\p{Lu}\d]+(?:[-/]\p{Lu}[\p{Lu}\d]*)+\s(?=\())"
    r"(?:\((?:UPDATE|REFILE|CORRECTED|WRAPUP)(?:\s\d{1,2})?\))?"
)
_JUMP_LINE_OPENS: Final = BLOCK_OPENINGS.add(JUMP_LINE)
_WIRE_SLUG_OPENS: Final = BLOCK_OPENINGS.add(WIRE_SLUG)
#: The most words of a wire's slug line (:data:`WIRE_SLUG`).
_WIRE_SLUG_MAX_WORDS: Final = 6
#: The most words of a jump's keyword above its jump line (``HARBOR``).
_JUMP_KEYWORD_MAX_WORDS: Final = 3
_PAGE_FURNITURE_MAX_WORDS = 25
#: The strings one of which a story must hold to be offered ``furniture.page``.
_PAGE_FURNITURE_NEEDS: Final = (
    "|", "•", "Page", "PAGE", "page", "See ", "SEE ", "Continued", "CONTINUED",
)  # fmt: skip


def wire_slug(state: State, i: int) -> BlockKind | None:
    """A wire's slug line, kept over copy pasted from a newsroom's system.

    AP's cycle and keyword line (``BC-Ferry Strike, 2nd Ld-Writethru``) and
    Reuters' keywords in capitals, with a slash or their version
    (``PORTVALE-FERRY/STRIKE (UPDATE 2)``; :data:`WIRE_SLUG`), are no
    headline: furniture.  A subheading in capitals with a hyphen
    (``TIDE-WATCH``) is none.
    """
    c = state.blocks[i]
    m = c.match
    if ("-" in m or "/" in m) and c.opens & _WIRE_SLUG_OPENS and WIRE_SLUG.fullmatch(m):
        return BlockKind.FURNITURE
    return None


def page_furniture(state: State, i: int) -> BlockKind | None:
    """The furniture of a printed page or of a wire's queue, copied with the story.

    Text copied from a newspaper's e-edition or PDF keeps the page's
    furniture among the story's lines: the running head, parts set apart by
    bars or bullets, one of them the page number (``A4 | The Harbor Herald
    | Tuesday, March 3, 2026``, ``THE HARBOR HERALD • PAGE B1``;
    :func:`is_running_head`); the jump lines where the story breaks off and
    goes on (``See HARBOR, Page A6``, ``Continued from Page A1``;
    :data:`JUMP_LINE`), the jump's keyword in capitals set right above the
    line that takes it up (``HARBOR`` / ``Continued from Page A1``) and the
    page's number alone above them (``A6``).  None of them is the headline
    or a subheading.  Offered only to a story holding a bar, a bullet, or
    the words of a jump line (``_PAGE_FURNITURE_NEEDS``).
    """
    blocks = state.blocks
    c = blocks[i]
    m = c.match
    if c.opens & _JUMP_LINE_OPENS and JUMP_LINE.fullmatch(m):
        return BlockKind.FURNITURE
    if ("|" in m or "•" in m) and is_running_head(m):
        return BlockKind.FURNITURE
    if c.words <= _JUMP_KEYWORD_MAX_WORDS and m.isupper() and _takes_up_jump(state, i + 1):
        return BlockKind.FURNITURE
    # The page's number over the jump: "B3" / "HARBOR" / "From Page B1".
    if (
        c.words == 1
        and m[:1].isupper()
        and PAGE_NUMBER_FIRST.fullmatch(m)
        and (
            _takes_up_jump(state, i + 1)
            or (
                i + 2 < len(blocks)
                and blocks[i + 1].match.isupper()
                and _takes_up_jump(state, i + 2)
            )
        )
    ):
        return BlockKind.FURNITURE
    return None


def _takes_up_jump(state: State, j: int) -> bool:
    """Whether block *j* is a jump line (:data:`JUMP_LINE`)."""
    blocks = state.blocks
    return (
        j < len(blocks)
        and blocks[j].opens & _JUMP_LINE_OPENS != 0
        and JUMP_LINE.fullmatch(blocks[j].match) is not None
    )


def is_running_head(m: str) -> bool:
    """Whether the line *m* is a printed page's running head.

    The parts are set apart by bars or bullets; the part at one end is, or
    holds at its outer end, the page number (:data:`PAGE_NUMBER_FIRST`,
    :data:`PAGE_NUMBER_LAST`: ``A4 | The Harbor Herald | Tuesday, March 3,
    2026``, ``12 THE HARBOR HERALD | TUESDAY``, ``THE HARBOR HERALD • PAGE
    B1``); another part names the paper in capitals or with its ``The``, or
    gives the day.  A table's row (``Jane Doe | Treasurer``) holds no page
    number.
    """
    parts = _RUNNING_HEAD_BAR.split(m)
    if len(parts) < 2:
        return False
    found = PAGE_NUMBER_FIRST.fullmatch(parts[0])
    if found is not None:
        others = [*parts[1:], found.group("rest") or ""]
    else:
        found = PAGE_NUMBER_LAST.fullmatch(parts[-1])
        if found is None:
            return False
        others = [*parts[:-1], found.group("rest") or ""]
    return any(
        p.isupper() or p.startswith("The ") or _DAY_NAME.search(p) is not None for p in others
    )


def calls_to_share(m: str) -> bool:
    """Whether *m* calls on readers to send in their stories (:data:`FURNITURE_ANY`).

    The call is one clause, ending where it names what to send and where:
    ``Share your photos with us on Example iReport.``, ``Send us your photos
    and videos``.  A line going on past a comma after the call is a sentence
    of the story telling readers how to take part: ``Share your views during
    the hearing, either in writing or in person, the chair said.``
    """
    found = FURNITURE_ANY.search(m)
    return found is not None and ", " not in m[found.end() :]


def _opens_word(m: str, initials: frozenset[str], stripped: str) -> bool:
    """Whether the first word of *m*, case-folded, may be one of a list of words.

    :param initials: The first characters of the list's words.
    :param stripped: The characters stripped off each word before it is
        looked up: a word opening with one of them may be any.
    """
    first = m[:1]
    return first in stripped or first.casefold()[:1] in initials


def _guillemet_quote(m: str) -> bool:
    """Whether a line ending ``»`` closes a French quotation opened by ``«`` in it.

    ``Plus d'articles »`` ends with a link arrow; ``« Le bac reprend lundi »``
    is a quotation in French style, spaces inside the marks.
    """
    return m.endswith("»") and "«" in m


#: :data:`PROMOTION_START`'s bit in :attr:`Candidate.opens`.
_PROMOTION_START_OPENS: Final = BLOCK_OPENINGS.add(PROMOTION_START)


def promotion(state: State, i: int) -> BlockKind | None:
    """A promotion or continuation line inside the story (:data:`PROMOTION_START`).

    ``Catch up on the harbour vote with our weekly podcast.``, ``Story
    continues below``, ``Also on The Courier:``, ``Click here to read the
    report.``, ``Want more? Sign up for our newsletter.``, ``Download the
    WXYZ app for alerts.``, ``Follow us on Facebook.``, ``Follow Ada Finch
    on X @adafinch.``, ``Stay informed by downloading our free app.``,
    ``Want to respond? Send a letter to the editor at ...``: page furniture,
    not a paragraph.  A short line inviting the reader to a podcast or
    newsletter anywhere in it (:data:`PROMOTION_ANY`) is one too, and so is
    one whose sentence after the first calls to sign up (``Get the Morning
    Briefing in your inbox. Sign up here.``, ``Get breaking news alerts.
    Download our app.``; :data:`PROMOTION_CALL`), and a
    short line pointing to the page's video player or promising a
    newsletter (``Watch the full report in the video player above.``, ``Get
    the latest headlines delivered to your inbox.``; :data:`PROMOTION_POINTER`).
    """
    c = state.blocks[i]
    m = c.match
    if (
        (c.opens & _PROMOTION_START_OPENS and PROMOTION_START.match(m))
        or (("podcast" in m or "newsletter" in m) and PROMOTION_ANY.search(m))
        or (
            ("Sign up" in m or "Subscribe" in m or "Tell us" in m or "Download" in m)
            and PROMOTION_CALL.search(m)
        )
        or (
            c.words <= _POINTER_MAX_WORDS
            and ("player" in m or "inbox" in m)
            and PROMOTION_POINTER.search(m)
        )
    ):
        return BlockKind.FURNITURE
    return None


#: Related-link, promotion and credit lines of German, French and Spanish
#: pages, at the start of a short line: ``Mehr zum Thema: ...``, ``Lesen Sie
#: auch``, ``Lire aussi : ...``, ``À lire aussi``, ``Crédit photo : ...``,
#: ``Te puede interesar: ...``, ``LEE TAMBIÉN``, ``Síguenos en``; also
#: ``Zum Thema:``, ``Weitere Artikel zum Thema``, ``Mehr Nachrichten aus
#: Bremen``, ``Lesen Sie hier ...``, ``Notre dossier : ...``, ``Partager sur
#: Facebook``, ``Más información`` alone on its line, ``Sigue leyendo``;
#: ``Mehr dazu: ...``, ``À voir aussi``, ``Relacionado: ...``.
FURNITURE_START_LANG = lazy_compile(
    r"(?i:"
    r"mehr\s+zum\s+thema|mehr\s+dazu\s*:|lesen\s+sie\s+(?:auch|mehr|hier)|auch\s+interessant"
    r"|weiterlesen|(?:à|a)\s+voir\s+(?:aussi|également)|relacionad[oa]s?\s*:"
    r"|das\s+könnte\s+sie\s+(?:auch\s+)?interessieren|nachfolgendes\s+video|zum\s+artikel\s*:"
    r"|zum\s+thema\s*:|weitere\s+(?:artikel|nachrichten|meldungen|berichte)\s+zum\s+thema"
    r"|mehr\s+(?:nachrichten|news|artikel|meldungen)\s+(?:aus|zu|zum|zur|über)"
    r"|(?:à|a)\s+lire\s+(?:aussi|également)|lire\s+(?:aussi|également|la\s+suite)"
    r"|voir\s+aussi|sur\s+le\s+même\s+sujet|crédit\s+photo\s*:|suivez-nous"
    r"|notre\s+dossier\s*:|partager\s+(?:sur|par|via)\s+"
    + _SHARE_NETWORK
    + r"|abonnez-vous|(?:te|le|les|os)\s+puede\s+interesar|(?:lee|lea)\s+(?:también|además)"
    r"|leer\s+más|noticias\s+relacionadas|más\s+información\s*(?::|$)|s[ií]guenos\s+en"
    r"|sigue\s+leyendo|seguir\s+leyendo|contenido\s+relacionado"
    r"|suscr[ií]bete)(?![\p{L}])"
)
#: Words of menus, buttons and labels of German, French and Spanish pages
#: (``Teilen``, ``Drucken``, ``Anzeige``; ``Partager``, ``Publicité``;
#: ``Compartir``, ``Publicidad``).  A short block made only of them (and of
#: :data:`FURNITURE_WORDS`) is furniture.
FURNITURE_WORDS_LANG: Final = frozenset(
    """
    teilen drucken anzeige werbung kommentare kommentieren startseite nachrichten fotos
    bildergalerie merken zurück weiter mehr lesen artikel
    partager imprimer publicité commentaires commenter accueil actualités vidéo vidéos
    envoyer suite abonnez-vous abonnés
    compartir imprimir publicidad comentarios comentar inicio noticias vídeo vídeos enviar
    leer más seguir
    """.split()
)
#: A German page's link to a gallery of pictures, the whole line: its label
#: and a colon before the gallery's title, with no stop (``Fotos: So sieht es
#: in der Altstadt aus``, ``Bilderstrecke: Die schönsten Kostüme``,
#: ``Bildergalerie: Der erste Messetag``, ``Fotostrecke: ...``), as
#: :data:`GALLERY_LABEL` reads English ones.  A caption labels its picture
#: ``Foto:`` or ``Bild:``, a series ``Fotos:`` with a sentence and its stop
#: (``Fotos: Die Fähre am Pier.``), and a credit has a slash (``Fotos: Jan
#: Roth/dpa``): both are captions (:data:`CAPTION_START`).  Spanish and
#: French pages label their gallery and video links in capitals or not, with
#: a colon or a dash (``GALERÍA: Las imágenes del puerto``, ``EN IMÁGENES -
#: La riada``, ``Vídeo: Así fue la llegada``, ``DIAPORAMA : Le port sous la
#: neige``, ``VIDÉO - Le bac dans la tempête``).
GALLERY_LINK_LANG = lazy_compile(
    r"(?:(?:Fotos|FOTOS|Bilder|BILDER|Bilderstrecke|BILDERSTRECKE|Bildergalerie|BILDERGALERIE|"
    r"Fotostrecke|FOTOSTRECKE|Fotogalerie|FOTOGALERIE)\s?:"
    r"|(?:GALERÍA|Galería|FOTOGALERÍA|Fotogalería|GALERÍA\sDE\sFOTOS|Galería\sde\sfotos|"
    r"EN\sIMÁGENES|En\simágenes|EN\sFOTOS|En\sfotos|VÍDEO|Vídeo|EN\sVÍDEO|En\svídeo|"
    r"EN\sIMAGES|En\simages|VIDÉO|Vidéo|EN\sVIDÉO|En\svidéo|DIAPORAMA|Diaporama)"
    r"\s?[:\-–—])\s[^\n.!?/]{1,120}"
)
#: The word for "and" in each language, between the names of a follow-us line
#: (``Facebook y``, ``Twitter et Instagram``).
_FURNITURE_AND: Final = frozenset(("und", "et", "y", "e"))
#: :data:`FURNITURE_START_LANG`'s bit in :attr:`Candidate.opens`.
_FURNITURE_START_LANG_OPENS: Final = BLOCK_OPENINGS.add(FURNITURE_START_LANG)
#: :data:`GALLERY_LINK_LANG`'s bit in :attr:`Candidate.opens`.
_GALLERY_LINK_LANG_OPENS: Final = BLOCK_OPENINGS.add(GALLERY_LINK_LANG)
#: The first letters of the words a short line of menu words is made of.
_FURNITURE_LANG_INITIALS: Final = frozenset(
    w[0] for w in FURNITURE_WORDS | FURNITURE_WORDS_LANG | _FURNITURE_AND
)


def language_furniture(state: State, i: int) -> BlockKind | None:
    """Related-link and promotion lines of German, French and Spanish pages.

    ``Mehr zum Thema: Neue Fähre für Bremen`` / ``Lire aussi : Le bac
    reprend du service`` / ``Te puede interesar: El transbordador vuelve`` set
    between the paragraphs, a German gallery's link (``Fotos: So sieht es in
    der Altstadt aus``; :data:`GALLERY_LINK_LANG`), a follow-us line cut on a page's links
    (``Facebook y`` / ``Twitter``), and a short line of menu and button words
    (``Teilen Drucken``, ``Publicité``, ``Leer más``;
    :data:`FURNITURE_WORDS_LANG`) are the page's, not the story's.
    """
    c = state.blocks[i]
    m = c.match
    if c.opens & _FURNITURE_START_LANG_OPENS and FURNITURE_START_LANG.match(m) is not None:
        return BlockKind.FURNITURE
    if c.opens & _GALLERY_LINK_LANG_OPENS and GALLERY_LINK_LANG.fullmatch(m) is not None:
        return BlockKind.FURNITURE
    if c.words > 8 or not _opens_word(m, _FURNITURE_LANG_INITIALS, ".,:!|•·»«"):
        return None
    tokens = m.casefold().split()
    if (
        tokens
        and any(t in _FURNITURE_AND for t in tokens)
        and all(t in _FURNITURE_AND or t.strip(".,:!") in FURNITURE_WORDS for t in tokens)
    ):
        return BlockKind.FURNITURE
    words = [t.strip(".,:!|•·»«") for t in tokens]
    if (
        words
        and any(w in FURNITURE_WORDS_LANG for w in words)
        and all(
            not w or w in FURNITURE_WORDS_LANG or w in FURNITURE_WORDS or w in _FURNITURE_AND
            for w in words
        )
    ):
        return BlockKind.FURNITURE
    return None


def language_tagline(state: State, i: int) -> BlockKind | None:
    """A German, French or Spanish line naming the wire a story comes from.

    ``Quelle: dpa-AFX`` / ``Mit Material von dpa und AFP`` / ``Source :
    AFP`` / ``Avec AFP`` / ``Fuente: Europa Press``: a label and only
    agencies' names (:func:`wireparse.metadata.agencies.source_line_agency`)
    are a tagline, not a byline, a subheading or furniture.
    """
    return BlockKind.TAGLINE if source_line_agency(state.blocks[i].match) else None


def language_timestamp(state: State, i: int) -> BlockKind | None:
    """A labelled timestamp line of a German, French or Spanish page.

    ``Veröffentlicht am 21.01.2019, 10:30 Uhr`` / ``Publié le 21 janvier
    2019 à 10h30`` / ``Actualizado: 21/01/2019 10:30``: a label and a date
    (:func:`wireparse.metadata.datelines.language_timestamp`), not a
    headline or a subheading.
    """
    return BlockKind.TIMESTAMP if _language_timestamp(state.blocks[i].match) else None


def release_label(state: State, i: int) -> BlockKind | None:
    """A press-release wire's envelope label (:data:`RELEASE_LABEL`).

    ``Source: Acme Corp.`` and ``MEDIA RELEASE PR12345`` stand above a
    release's title; they are furniture, so the title below them is the
    headline.
    """
    return BlockKind.FURNITURE if RELEASE_LABEL.fullmatch(state.blocks[i].match) else None


def release_dateline(state: State) -> None:
    """A press release's dateline line with summary points between it and the lead.

    A release may set ``PORTVALE, Maine, March 3, 2026 /PRNewswire/ --`` on a
    line of its own, then its summary points (``-- Acme to open two
    plants``, ``• Revenue up 10%``, under ``Key Highlights``), then the
    lead (the headline may be repeated under the dateline, furniture
    already).  The dateline cannot be joined to the lead across them
    (:func:`join_dateline`); it is claimed as ``dateline.alone`` (furniture,
    from which the metadata stage reads the story's dateline and agency),
    and the summary points, with the lines wrapped under them, as
    ``highlight.release``.
    """
    blocks = state.blocks
    for i in _free(state)[:LEAD_SEARCH]:
        c = blocks[i]
        if is_datelined(c):
            return
        if not (len(c.lines) == 1 and c.words <= _DATELINE_ALONE_MAX_WORDS and _whole_dateline(c)):
            continue
        points: list[int] = []
        for j in range(i + 1, len(blocks)):
            if blocks[j].kind is BlockKind.FURNITURE:
                continue  # the headline repeated under the dateline
            if blocks[j].claimed or not _release_point(
                state, j, in_points=bool(points) and points[-1] == j - 1
            ):
                break
            points.append(j)
        if not points:
            return
        c.claim(BlockKind.FURNITURE, "dateline.alone")
        for k in points:
            blocks[k].claim(BlockKind.HIGHLIGHT, "highlight.release")
        return


def _release_point(state: State, j: int, *, in_points: bool) -> bool:
    """Whether block *j* is a summary point, or a line wrapped under the one above.

    :param in_points: Whether the block above is a summary point (or a line of one).
    """
    c = state.blocks[j]
    if c.words > HEADLINE_MAX_WORDS + 15 or _dateline_body(c) >= 0:
        return False
    if RELEASE_POINT.match(c.match):
        return True
    return in_points and state.attached(j - 1, j) and not is_datelined(c)


def repeated_lines(state: State) -> None:
    """A short title-case line set word for word more than once on a page is furniture.

    A page that shows one widget several times repeats its label, set in
    title case with a full stop (``Declared Harbour Candidates.`` above each
    slide show); a story does not repeat such a line, and a table's or a
    results feed's repeated column heads are in capitals or carry no full
    stop.  Unclaimed blocks of at most eight words,
    every word capitalised or a figure, ending with a full stop, whose text
    occurs twice or more, are claimed as ``furniture.repeated``.
    """
    counts: dict[str, int] = {}
    # _title_case_label's first tests asked here, without a call for every block.
    short = [
        c
        for c in state.blocks
        if c.kind is None
        and c.words <= _REPEATED_MAX_WORDS
        and c.match.endswith(".")
        and _title_case_label(c)
    ]
    for c in short:
        counts[c.match] = counts.get(c.match, 0) + 1
    for c in short:
        if counts[c.match] > 1:
            c.claim(BlockKind.FURNITURE, "furniture.repeated")


def _title_case_label(c: Candidate) -> bool:
    """Whether *c* is a short title-case line ending with a full stop (not in capitals)."""
    m = c.match
    if c.words > _REPEATED_MAX_WORDS or not m.endswith(".") or m.isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in m.split())


def _repeats_widget(state: State, c: Candidate) -> bool:
    """Whether *c* is the text of a fold-out box, shown above the box itself."""
    return c.start < state.widgets.get(c.match, -1)


def timestamp(state: State, i: int) -> BlockKind | None:
    """A line made only of date and time words (``Posted 3:54 PM, July 7, 2017``).

    The test is :func:`wireparse.metadata.dates.is_timestamp_line`: numbers, months,
    weekdays, times, numeric dates, zones and labels (``Posted``,
    ``Updated``, ``Last updated at``), with at least one date or time; or a
    relative time (``14 minutes ago``).  A phone number (``(207) 555-0134``)
    or a row of figures is not a timestamp.
    """
    m = state.blocks[i].match
    if is_timestamp_line(m):
        return BlockKind.TIMESTAMP
    return BlockKind.TIMESTAMP if is_date_row(m) else None


#: The bullet or bar a page sets between the parts of its date line, with a
#: space on either side: the `` • `` of ``Published Mar 03, 2026 • 3 minute
#: read``, the `` | `` of ``Updated 9:40 a.m. | 4 min read``.
DATE_ROW_MARK = lazy_compile(r"\s[•|·]\s")
#: ... or the slash a sports site sets between its date line's parts, with
#: the section's name last: ``Tuesday, 03.03.2026 / 4:05 PM / News``.
DATE_ROW_SLASH = lazy_compile(r"\s/\s")


#: The parts of a slashed date line (:data:`DATE_ROW_SLASH`): date, time, section.
_SLASHED_ROW_PARTS: Final = 3


def is_date_row(text: str) -> bool:
    """Whether *text* is a page's date line of parts set apart by bullets or bars.

    A newspaper site sets the story's dates and its reading time on one line,
    the parts apart by bullets or bars (:data:`DATE_ROW_MARK`): ``Published
    Mar 03, 2026 • Last updated 2 hours ago • 3 minute read``, ``Updated
    9:40 a.m. | 4 min read``.  Every part a timestamp line
    (:func:`wireparse.metadata.dates.is_timestamp_line`) or a counter
    (:data:`COUNTER`: a reading time, a count of comments), one at least a
    timestamp, is a timestamp line; a part of other words (``The Courier``,
    ``Page A4``) makes it no date line.  A sports site sets its date line's
    parts apart by slashes, the date, the time and the section's name
    (``Tuesday, 03.03.2026 / 4:05 PM / News``; :data:`DATE_ROW_SLASH`): a
    timestamp line too.
    """
    mark = DATE_ROW_MARK
    if mark.search(text) is None:
        if DATE_ROW_SLASH.search(text) is None:
            return False
        mark = DATE_ROW_SLASH
    parts = [p.strip() for p in mark.split(text.strip())]
    if not all(parts):
        return False
    if mark is DATE_ROW_SLASH:
        # A sports site's date line: "Tuesday, 03.03.2026 / 4:05 PM / News",
        # the date first, then the time, the section's name last.
        return (
            len(parts) == _SLASHED_ROW_PARTS
            and is_timestamp_line(parts[0])
            and is_timestamp_line(parts[1])
            and all(w.casefold() in FURNITURE_WORDS for w in parts[2].split())
        )
    stamps = [is_timestamp_line(p) for p in parts]
    return any(stamps) and all(
        s or COUNTER.fullmatch(p) is not None for s, p in zip(stamps, parts, strict=True)
    )


_MONTH_OR_SEASON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Spring|Summer|Autumn|Fall|Winter|Holiday)"
)
#: A magazine's issue line, the whole line: a month or a season (or two
#: joined by a slash or a dash), a year and ``issue`` (``May 2026 issue``,
#: ``The Winter 2025 Issue``, ``July/August 2026 issue``, ``From the
#: Spring 2026 issue``).
ISSUE_LINE = lazy_compile(
    r"(?:(?:From|In)\s+the\s+|The\s+)?"
    + _MONTH_OR_SEASON
    + r"(?:\s?[/–-]\s?"
    + _MONTH_OR_SEASON
    + r")?\s+(?:19|20)\d\d\s+(?:[Ii]ssue|ISSUE)\.?"
)
_ISSUE_LINE_MAX_WORDS: Final = 8


def issue_line(state: State, i: int) -> BlockKind | None:
    """A magazine's issue line: the issue the story ran in, a date of the page.

    A magazine's story sets the issue it appeared in near its byline
    (``By Ada Roe`` / ``May 2026 issue``; :data:`ISSUE_LINE`): it dates the
    story as a timestamp does, neither a subheading nor a paragraph.
    """
    m = state.blocks[i].match
    return (
        BlockKind.TIMESTAMP
        if m[-6:].lower().rstrip(".").endswith("issue") and ISSUE_LINE.fullmatch(m)
        else None
    )


def byline(state: State, i: int) -> BlockKind | None:
    """A byline: ``By`` (or ``Von``, ``Par``, ``Por``, ``Written by``) and names or an organisation.

    The test is :func:`wireparse.metadata.bylines.looks_like_byline`: what follows
    ``By`` must read as a list of names (``By Jane Doe and John Roe``, ``By
    JANE DOE, AP Writer``) or an organisation (``By the CNN Wire Staff``),
    so that ``By the end of the day ...`` and ``By 2020 ...`` are not bylines.
    Web copy's byline without ``By`` (``Jane Doe | The Gulf Herald``, ``Jane
    Doe | Millbrook``, ``Jane Doe, Crime Reporter``) counts only in the
    story's head (``_in_head``): in the body such a line is a picture's
    credit under its caption; and a name and a place after a bar next to
    another bar's line is a row of a roster (``Ada Roe | Portvale`` / ``Tom
    Hale | Kelbach``).
    """
    c = state.blocks[i]
    text = state.source[c.start : c.end]
    if not looks_like_byline(text):
        return None
    if BYLINE_PREFIX.match(text.lstrip()) is None and (
        not _in_head(state, i) or _opens_roster(state, i)
    ):
        return None
    return BlockKind.BYLINE


def _opens_roster(state: State, i: int) -> bool:
    """Whether block *i* and one next to it are rows of a roster (``Ada Roe | Portvale``).

    A name and an outlet (``Ada Roe | The Daily Star``) is a byline still.
    """
    blocks = state.blocks
    if not _is_roster_row(blocks[i]):
        return False
    read = parse_byline(blocks[i].match)
    if read is not None and read.organisation is not None:
        return False
    return (i + 1 < len(blocks) and _is_roster_row(blocks[i + 1])) or (
        i > 0 and _is_roster_row(blocks[i - 1])
    )


def byline_continued(state: State, i: int) -> BlockKind | None:
    """The lines that carry on a byline set on a line of its own: a title or an outlet.

    AP sets ``By JANE DOE`` / ``AP Television Writer`` / ``Associated Press
    Sports`` on lines of their own; right after a byline block, a short line
    that opens with an agency's name or is made of job-title words, and is no
    sentence, continues it (:func:`wireparse.metadata.bylines.is_byline_continuation`).
    """
    if i == 0 or state.blocks[i - 1].kind is not BlockKind.BYLINE:
        return None
    return BlockKind.BYLINE if is_byline_continuation(state.blocks[i].match) else None


#: A writer's byline naming the words, over which a picture byline may stand:
#: ``Words by Ada Roe``, ``Text by Ada Roe``, ``Story by Ada Roe``.
_WORDS_BYLINE = lazy_compile(r"(?:Words|Text|Story|Written)\s+[Bb]y\s+\p{Lu}")
#: The photographer's or illustrator's half of a magazine's byline pair, the
#: whole line: ``Photographs by Tom Hale``, ``Photography by Tom Hale``,
#: ``Illustrations by Tom Hale and Ada Finch``.
PICTURE_BYLINE = lazy_compile(
    r"(?:Photograph(?:s|y)|Photos|Pictures|Images|Illustrations?|Artwork)\s+by\s+"
    r"\p{Lu}[\p{L}\p{M}.'’-]{0,30}(?:\s(?:and\s|&\s)?\p{Lu}[\p{L}\p{M}.'’-]{0,30}){0,5}"
)
_PICTURE_BYLINE_MAX_WORDS: Final = 12


def picture_byline(state: State, i: int) -> BlockKind | None:
    """The second line of a magazine's byline pair: who made the pictures.

    A feature names its writer and its photographer together under the
    headline, ``Words by Ada Roe`` / ``Photographs by Tom Hale``: the second
    line (:data:`PICTURE_BYLINE`) right under a writer's byline that says
    ``Words by``, ``Text by``, ``Story by`` or ``Written by`` is the byline's
    other half, not a picture's caption or credit.
    """
    if i == 0 or state.blocks[i - 1].kind is not BlockKind.BYLINE:
        return None
    if _WORDS_BYLINE.match(state.blocks[i - 1].match) is None:
        return None
    return BlockKind.BYLINE if PICTURE_BYLINE.fullmatch(state.blocks[i].match) else None


#: The most prose blocks above a bare name read as a byline (the standfirst).
_NAMED_BYLINE_MAX_PROSE: Final = 1
#: The most words of a bare name read as a byline.
_NAMED_BYLINE_MAX_WORDS: Final = 6


def byline_named(state: State, i: int) -> BlockKind | None:
    """A bare name over the reporter's e-mail address at the top of the story.

    A local paper's page may set the byline with no ``By``: ``Ada Finch`` /
    ``afinch@example.com`` under the headline.  A block that is a person's
    name (:func:`wireparse.metadata.bylines.is_person_name`), right above a
    line that is only an e-mail address (:data:`EMAIL`), in the story's head
    (``_in_head``), is the byline; the address under it is claimed by
    :func:`byline_address`.
    """
    blocks = state.blocks
    if i + 1 >= len(blocks) or EMAIL.fullmatch(blocks[i + 1].match.strip()) is None:
        return None
    if not is_person_name(blocks[i].match.strip()) or not _in_head(state, i):
        return None
    return BlockKind.BYLINE


#: The strings a story with a bare name over a job title holds: the
#: title's last word (:func:`wireparse.metadata.bylines.is_job_title_line`).
_TITLED_BYLINE_NEEDS: Final = (
    "Writer",
    "Reporter",
    "Correspondent",
    "Editor",
    "Columnist",
    "Producer",
    "Contributor",
    "Analyst",
    "Critic",
    "Photographer",
    "WRITER",
    "REPORTER",
    "CORRESPONDENT",
    "EDITOR",
    # ... and in sentence case: "Sports reporter", "Political correspondent".
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "columnist",
)


def byline_titled(state: State, i: int) -> BlockKind | None:
    """A bare name over the reporter's job title at the top of the story.

    A web page may set the byline with no ``By`` over two lines, the name and
    the title under it: ``Ada Roe`` / ``Staff Writer``, ``Tom Hale`` /
    ``Transport Reporter``, ``Ada Roe`` / ``Sports reporter``.  A block that is a person's name
    (:func:`wireparse.metadata.bylines.is_person_name`), right above a line
    that is only a reporter's job title
    (:func:`wireparse.metadata.bylines.is_job_title_line`), in the story's
    head (``_in_head``), is the byline; the title under it is claimed by
    :func:`byline_continued`.
    """
    blocks = state.blocks
    if i + 1 >= len(blocks) or not is_job_title_line(blocks[i + 1].match.strip()):
        return None
    if not is_person_name(blocks[i].match.strip()) or not _in_head(state, i):
        return None
    return BlockKind.BYLINE


#: The most words of a bare name read as a byline over the story's date.
_DATED_BYLINE_MAX_WORDS: Final = 3


def byline_dated(state: State, i: int) -> BlockKind | None:
    """A bare name over the story's date at the top of the story.

    A web page in a reader's view, or an aggregator's copy of it, sets the
    byline with no ``By`` over the date the story was published: ``Ada
    Roe`` / ``3 December 2026``, ``Tom Hale`` / ``Dec. 3, 2026, 4:15
    p.m.``.  A block of two or three words that is a person's name
    (:func:`wireparse.metadata.bylines.is_person_name`) opening with a
    common given name (the lists ``given_names_female``,
    ``given_names_male`` and ``given_names_unisex``), holding no
    organisation's noun nor a place's last word, right above a line that
    is only a date or time (:func:`wireparse.metadata.dates.is_timestamp_line`),
    in the story's head (``_in_head``), is the byline.  Irish and
    Australian pages set the name under the date instead (``Sun, 6 Dec,
    2026 - 18:42`` / ``Tom Hale``): such a name right under a timestamp
    line is the byline too.  A section's or a place's name over the date
    (``Harbor Park`` / ``3 December 2026``) is none.
    """
    blocks = state.blocks
    c = blocks[i]
    if i == 0 or not 2 <= c.words <= _DATED_BYLINE_MAX_WORDS:
        return None
    m = c.match.strip()
    if not m[:1].isupper() or len(c.lines) != 1 or m.split()[0].casefold() not in _given_names():
        return None
    dated_below = i + 1 < len(blocks) and is_timestamp_line(blocks[i + 1].match)
    if not dated_below and blocks[i - 1].kind is not BlockKind.TIMESTAMP:
        return None
    not_names = _not_person_words()
    if any(w.casefold() in not_names for w in m.split()) or not is_person_name(m):
        return None
    return BlockKind.BYLINE if _in_head(state, i) else None


@functools.cache
def _given_names() -> frozenset[str]:
    """The common given names of the English lists, in lower case."""
    return (
        lexicon.words("en", "given_names_female")
        | lexicon.words("en", "given_names_male")
        | lexicon.words("en", "given_names_unisex")
    )


def _in_head(state: State, i: int) -> bool:
    """Whether block *i* stands in the story's head, where a byline goes.

    No byline above it, and no more running text (:func:`is_prose`) than a
    standfirst (:data:`_NAMED_BYLINE_MAX_PROSE`).
    """
    prose = 0
    for c in state.blocks[:i]:
        if c.kind is BlockKind.BYLINE:
            return False
        if c.kind is None and is_prose(c):
            prose += 1
            if prose > _NAMED_BYLINE_MAX_PROSE:
                return False
    return True


def byline_address(state: State, i: int) -> BlockKind | None:
    """The reporter's address set on a line of its own under the byline.

    A newspaper page may set the reporter's e-mail address or social-media
    handle under the byline, one a line: ``By Ada Finch`` / ``Staff Writer``
    / ``afinch@example.com`` / ``@adafinch``.  Right under a byline block, or
    under such an address under one, a line that is only an e-mail address
    (:data:`EMAIL`) or a handle (:data:`HANDLE_LINE`) is a contact, as in an
    author's box (``contact.author_box``).
    """
    if i == 0:
        return None
    before = state.blocks[i - 1]
    if before.kind is not BlockKind.BYLINE and before.rule != "contact.byline":
        return None
    m = state.blocks[i].match.strip()
    if EMAIL.fullmatch(m) is None and HANDLE_LINE.fullmatch(m) is None:
        return None
    return BlockKind.CONTACT


def separator(state: State, i: int) -> BlockKind | None:
    """A separator line: ``___``, ``* * *``, ``---`` alone (:data:`SEPARATOR`).

    A filler line of one to three marks and no word (:data:`FILLER`: a lone
    ``.``, ``•`` or ``—``) separates too: it is no paragraph, and a
    quotation after it continues the speaker before it.
    """
    m = state.blocks[i].match
    return BlockKind.SEPARATOR if SEPARATOR.fullmatch(m) or FILLER.fullmatch(m) else None


def contact(state: State, i: int) -> BlockKind | None:
    """Bloomberg's contact line: ``To contact the reporter on this story: ...``.

    The opening is ``wireparse.metadata.credits.CONTACT`` (``To contact the
    reporter(s) on this story:``, ``To contact the editor(s) responsible for
    this story:``); the names and addresses may follow on the same line.
    """
    m = state.blocks[i].match
    if m[:2] not in {"To", "TO", "to"}:
        return None
    return BlockKind.CONTACT if CONTACT.match(m) else None


def contact_continued(state: State, i: int) -> BlockKind | None:
    """The names and addresses set on their own lines after a contact line.

    Right after a contact block, a short line holding an e-mail address
    (``Jane Doe in Oslo at jdoe@example.net``), made only of a telephone
    number (``555-0142``, ``Tel: (207) 555-0134``) or made only of people's
    names (``Jane Doe, John Roe``) carries the contact on; a press-release
    wire's label (``SOURCE Acme Corp.``, :data:`RELEASE_LABEL`) does not,
    nor does any line under a reporter's contact sentence
    (``contact.reporter``), which is whole.

    A contact list runs on over the lines a release or a wire's datebook
    sets under the label: a short line giving a telephone number in any
    country's way, with a name or a label before it (``ADA FINCH (207)
    555-0134, EXT. 12``, ``Phone: +44 20 7946 0142``, ``Ola Brenner,
    Director of Communications, 0412 555 019``; :data:`CONTACT_NUMBER`),
    and a name, a title, an organisation or an address line with no stop
    (``Harbor Widgets``, ``12 Quay Street, Suite 4``) over an e-mail address
    or a number (``_address_follows``).
    """
    if i == 0 or state.blocks[i - 1].kind is not BlockKind.CONTACT:
        return None
    if state.blocks[i - 1].rule == "contact.reporter":
        return None  # a sentence, complete: "Sponsored Content" under it is no name
    c = state.blocks[i]
    m = c.match
    if RELEASE_LABEL.fullmatch(m) is not None:
        return None  # PR Newswire's "SOURCE Acme Corp." under the contact
    if EMAIL.search(m) is not None or _PHONE_LINE.fullmatch(m.rstrip(" .")) is not None:
        return BlockKind.CONTACT
    if _gives_contact_address(m) or (_contact_line(c) and _address_follows(state, i)):
        return BlockKind.CONTACT
    names = [_CONTACT_TAIL.sub("", n) for n in _CONTACT_SPLIT.split(m.rstrip(" .")) if n]
    return BlockKind.CONTACT if names and all(map(is_person_name, names)) else None


#: A telephone number as a contact line gives it: ``555-0142``, ``(207)
#: 555-0134``, ``207.555.0134``, ``+1 207 555 0134``.
PHONE = lazy_compile(
    r"(?<![\w-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])?\d{3}[ .-]\d{4}(?![\w-])"
)
#: A line that is only a telephone number, maybe labelled (``Tel: 555-0142``).
_PHONE_LINE = lazy_compile(r"(?:(?:Tel|Phone|Ph|Mobile|Cell|Office)\.?\s?:?\s?)?" + PHONE.pattern)
#: The sentence of a local story's foot that tells the reader how to reach its
#: reporter: ``Contact the reporter at ...``, ``Reach reporter Ada Finch at
#: ...``, ``Email the writer at ...``, or a bio's ``Contact her at ...``;
#: as a label before a colon too: ``Contact the writer: afinch@example.com``.
REPORTER_CONTACT = lazy_compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:Contact|Reach|E-?mail|Write\s+to|Call)\s+"
    r"(?:the\s+(?:reporter|writer|author|columnist)|(?:him|her|them)|"
    r"(?:reporter|writer|columnist)\s+\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){0,2})"
    r"(?:\s+(?:at|on|by|via)\b|\s?:\s)|"
    # "She can be reached at ...", "The writer can be reached at ...".
    r"(?:He|She|They|The\s+(?:reporter|writer|author|columnist))\s+(?:can|may)\s+be\s+"
    r"(?:reached|contacted|emailed|e-mailed)\s+(?:at|on|by|via)\b)"
)
#: ... or a name that ``can be reached at`` (``Ada Finch can be reached at
#: ...``): like :data:`REPORTER_CONTACT_NAMED`, only among the story's last
#: blocks and for a person's name.
REPORTER_REACHED_NAMED = lazy_compile(
    r"(?:^|(?<=[.!?]\s))(\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){1,2})\s+"
    r"(?:can|may)\s+be\s+(?:reached|contacted|emailed|e-mailed)\s+(?:at|on|by|via)\b"
)
#: The label of a press release's media contact, alone or before the contact
#: on the same line: ``Media contact:``, ``Contact:``, ``Investor Relations
#: Contacts:``, ``Press contact: Ada Finch, 555-0142``; alone on its line,
#: a label naming whose contact it is needs no colon: ``Media Contact``,
#: ``MEDIA CONTACTS``, ``Investor Relations Contact`` (a bare ``Contact`` is
#: a menu's link, unless a contact's address follows: see
#: :func:`release_contact`).  A release's closing call to the press is a
#: label too: ``For more information contact:``, ``For further
#: information, please contact:``.  German, French and Spanish copy label
#: it so: ``Ansprechpartner:``, ``Pressekontakt:``, ``Kontakt:``,
#: ``Contact presse :``, ``Contacto de prensa:``.
RELEASE_CONTACT = lazy_compile(
    r"(?:(?:Media|Press|News|Investors?|PR)\s+(?:[Rr]elations\s+)?|MEDIA\s+|PRESS\s+)?"
    r"(?:[Cc]ontacts?|CONTACTS?)(?:\s+(?:presse|médias))?\s?:|"
    r"(?:Presse|Medien)?[Kk]ontakte?\s?:|Ansprechpartner(?:in|innen)?\s?:|"
    r"Contactos?(?:\s+de\s+prensa)?\s?:|"
    r"For\s+(?:more|further)\s+(?:information|details),?\s+(?:please\s+)?contact\s?:|"
    r"(?:[Cc]ontacts?|CONTACTS?)$|"
    r"(?:(?:Media|Press|News|Investors?|PR)\s+(?:[Rr]elations\s+)?|(?:MEDIA|PRESS|INVESTOR)\s+)"
    r"(?:[Cc]ontacts?|CONTACTS?)$"
)
#: ... or one that names the reporter alone: ``Reach Ada Finch at ...``;
#: taken only among the story's last six blocks (``_NAMED_CONTACT_TAIL``),
#: and only when the name reads as a person's.
REPORTER_CONTACT_NAMED = lazy_compile(
    r"(?:^|(?<=[.!?]\s))(?:Contact|Reach|E-?mail)\s+"
    r"(\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){1,2})\s+(?:at|on|via)\b"
)
#: What a story's text holds when one of its blocks can match
#: :data:`REPORTER_CONTACT`, :data:`REPORTER_CONTACT_NAMED` or
#: :data:`REPORTER_REACHED_NAMED` (their verbs): ``contact.reporter`` is
#: offered no block of a story without one.
_REPORTER_CONTACT_NEEDS: Final = (
    "Contact",
    "Reach",
    "Email",
    "E-mail",
    "Write",
    "Call",
    " be reached",
    " be contacted",
    " be emailed",
    " be e-mailed",
)
#: How many blocks from the end a contact line naming the reporter alone may stand.
_NAMED_CONTACT_TAIL: Final = 6
#: The most words of a reporter's contact line.
_REPORTER_CONTACT_MAX_WORDS: Final = 40
#: :data:`RELEASE_CONTACT`'s bit in :attr:`Candidate.opens`.
_RELEASE_CONTACT_OPENS: Final = BLOCK_OPENINGS.add(RELEASE_CONTACT)


def _gives_address(m: str) -> bool:
    """Whether *m* holds an e-mail address or a telephone number."""
    return ("@" in m and EMAIL.search(m) is not None) or PHONE.search(m) is not None


#: A telephone number as a contact list sets it, in any country's way: an
#: optional ``+`` and country code, then groups of digits parted by spaces,
#: dots, dashes or an area code in brackets (``+44 20 7946 0142``, ``0447
#: 775 507``, ``+91-9971757474``, ``(207) 555-0134``); seven digits or more
#: in all (``_CONTACT_NUMBER_MIN_DIGITS``), so that a year or a post code
#: is none.
CONTACT_NUMBER = lazy_compile(
    r"(?<![\w/.-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,12}(?:[ .-]\d{2,12}){0,5}(?![\w/])"
)
#: The fewest digits of a :data:`CONTACT_NUMBER`.
_CONTACT_NUMBER_MIN_DIGITS: Final = 7


def _gives_contact_address(m: str) -> bool:
    """Whether *m* holds an e-mail address or a telephone number of any country.

    The wider test of :func:`_gives_address`, for the lines of a contact list
    (:data:`CONTACT_NUMBER`), and never for a line with a web address, whose
    digits are no number to call.
    """
    if "@" in m and EMAIL.search(m) is not None:
        return True
    if "http" in m or "www." in m:
        return False
    return any(
        sum(ch.isdigit() for ch in found.group()) >= _CONTACT_NUMBER_MIN_DIGITS
        for found in CONTACT_NUMBER.finditer(m)
    )


#: The most words of a name, a title or an address line inside a contact
#: list, carried on by the e-mail address or the number under it.
_CONTACT_LINE_MAX_WORDS: Final = 7


def _contact_line(c: Candidate) -> bool:
    """Whether *c* may be a line of a contact list: short, and no sentence."""
    return c.words <= _CONTACT_LINE_MAX_WORDS and c.match[-1:] not in SENTENCE_END


def _address_follows(state: State, i: int) -> bool:
    """Whether the block after *i*, or the one after a list line after it, gives an address.

    A contact list sets a name, a title, an organisation or a postal
    address over the e-mail address or the number: ``Ada Finch`` /
    ``Harbor Widgets`` / ``afinch@example.com``.
    """
    blocks = state.blocks
    for j in range(i + 1, min(i + 3, len(blocks))):
        c = blocks[j]
        if c.kind is not None or c.words > _CONTACT_ENTRY_MAX_WORDS:
            return False
        if _gives_contact_address(c.match):
            return True
        if not _contact_line(c):
            return False
    return False


def reporter_contact(state: State, i: int) -> BlockKind | None:
    """A local story's foot telling the reader how to reach its reporter.

    US papers and station sites close a story with the reporter's address:
    ``Contact the reporter at afinch@example.com or 555-0142.``, ``Reach
    reporter Ada Finch at afinch@example.com.``, or a bio ending so: ``Ada
    Finch covers city hall. Email her at afinch@example.com.``  A short
    block with a sentence that opens so (:data:`REPORTER_CONTACT`: the
    reporter, the writer, a pronoun or ``reporter`` and a name) and that
    gives an e-mail address or a telephone number (:data:`PHONE`) is a
    contact line, and so is ``She can be reached at ...``; so is one that
    names a person alone (``Reach Ada Finch at 555-0142.``, ``Ada Finch can
    be reached at ...``; :data:`REPORTER_CONTACT_NAMED`,
    :data:`REPORTER_REACHED_NAMED`) among the story's last six blocks.  A
    call to the newsroom (``Have a news tip? Email us at ...``) names no
    reporter, and ``Call the city at 555-0100`` names no person: both stay
    what they were.
    """
    m = state.blocks[i].match
    if (
        "ontact" not in m and "each" not in m and "mail" not in m
        and "rite" not in m and "all" not in m
    ):  # fmt: skip
        return None
    if not _gives_address(m):
        return None
    if REPORTER_CONTACT.search(m) is not None:
        return BlockKind.CONTACT
    if len(state.blocks) - i > _NAMED_CONTACT_TAIL:
        return None
    named = REPORTER_CONTACT_NAMED.search(m) or REPORTER_REACHED_NAMED.search(m)
    return BlockKind.CONTACT if named is not None and is_person_name(named.group(1)) else None


def release_contact(state: State, i: int) -> BlockKind | None:
    """A press release's media-contact label, alone or with the contact after it.

    A release ends with whom the press may call: ``Media contact:`` on its
    own line over a name, a number and an address (``Ada Finch`` /
    ``555-0142`` / ``afinch@example.com``), or all on one line (``Press
    contact: Ada Finch, 555-0142``).  The label (:data:`RELEASE_CONTACT`)
    is a contact line, alone or followed by an address or a number; the
    lines under it are carried on by ``contact.continued``.  A bare
    ``Contact`` (a menu's link too), or a label followed by a name only
    (``Contact: Ada Finch, COO``), is one when an e-mail address or a
    number follows under it, at most one name or title line between
    (``_address_follows``).  A release's closing call (``For more
    information contact:``) is such a label.
    """
    c = state.blocks[i]
    if not c.opens & _RELEASE_CONTACT_OPENS:
        return None
    label = RELEASE_CONTACT.match(c.match)
    if label is None:
        return None
    rest = c.match[label.end() :].strip()
    if _BARE_CONTACT.fullmatch(label.group()) is not None or (rest and not _gives_address(rest)):
        # A bare "Contact", or a label with a name only ("Contact: Ada Finch,
        # COO"): a contact when an address follows under it.
        return BlockKind.CONTACT if _address_follows(state, i) else None
    return BlockKind.CONTACT


#: A label that is only the word ``Contact``, no colon: a menu's link too.
_BARE_CONTACT = lazy_compile(r"[Cc]ontacts?|CONTACTS?")


#: :data:`DISCLAIMER_START`'s bit in :attr:`Candidate.opens`.
_DISCLAIMER_START_OPENS: Final = BLOCK_OPENINGS.add(DISCLAIMER_START)


def disclaimer(state: State, i: int) -> BlockKind | None:
    """A publisher's standards statement or disclaimer (:data:`DISCLAIMER_START`).

    ``Our Standards: The Thomson Reuters Trust Principles.``, ``The views
    expressed are the author's own.``, ``All quotes delayed a minimum of 15
    minutes.``; or a short block stating that the publisher ``is solely
    responsible for all content``, or that the story ``is auto-generated
    from a syndicated feed``, as Indian sites mark agency copy they ran
    unedited (:data:`DISCLAIMER_ANY`).
    """
    c = state.blocks[i]
    m = c.match
    if (c.opens & _DISCLAIMER_START_OPENS and DISCLAIMER_START.match(m)) or (
        ("solely" in m or "syndicated" in m) and DISCLAIMER_ANY.search(m)
    ):
        return BlockKind.DISCLAIMER
    return None


#: A block opening with a quotation mark, as a pull quote does (in a
#: block's normalised text, where curly marks are straight): ``"Then I
#: tasted the honey."``, ``«Wir bleiben.»``.
PULL_QUOTE_OPEN = lazy_compile(r"[\"«]")
#: The words of a pull quote up to its first stop or comma (``I thought he'd
#: lost his mind`` in ``"I thought he'd lost his mind. Then I tasted the
#: honey."``).
_PULL_QUOTE_HEAD = lazy_compile(r"[^.,;:!?\"«»]+")
#: The most words of a pull quote.
_PULL_QUOTE_MAX_WORDS: Final = 40
#: The fewest words of a pull quote's first clause that must recur in the story.
_PULL_QUOTE_MIN_WORDS: Final = 4


def pull_quote(state: State, i: int) -> BlockKind | None:
    """A pull quote: words of the story repeated in quotation marks, set apart.

    A feature page sets a line of the story again in large type between
    its paragraphs, in quotation marks and with no speech tag: the story
    has ``"I thought he'd lost his mind," said Rosa Feld. "Then I tasted
    the honey."`` and the page repeats ``"I thought he'd lost his mind.
    Then I tasted the honey."``.  A block wholly in quotation marks (none
    inside), ending a sentence within the marks, whose first clause, of at
    least four words, was read in a longer block above it is page
    furniture: the words are the story's once already.  A quotation
    standing alone that the story has not given before is a paragraph (a
    paragraph carrying on a speaker's words may be quoted again below, in
    a caption), and a subheading quoting a speaker, with no stop
    (``«Patriarchat hat keine Herkunft»``), is left to the layout.
    """
    blocks = state.blocks
    c = blocks[i]
    m = c.match
    if (
        len(m) < 4
        or m[-1:] not in '"»'
        or m[-2:-1] not in SENTENCE_END
        or any(q in m[1:-1] for q in '"«»')
    ):
        return None
    head = _PULL_QUOTE_HEAD.match(m, 1)
    if head is None:
        return None
    phrase = head.group().strip()
    if phrase.count(" ") + 1 < _PULL_QUOTE_MIN_WORDS:
        return None
    for other in blocks[:i]:
        if other.words > c.words and phrase in other.match:
            return BlockKind.FURNITURE
    return None


#: The block rules, in the order they are tried.
BLOCK_RULES: tuple[Rule, ...] = (
    Rule("framing", framing, opens=(_CONTROL_CHAR,)),
    Rule("separator", separator, _SEPARATOR_MAX_WORDS, (SEPARATOR, FILLER)),
    Rule("signoff", signoff, 2, (SIGNOFF,)),
    Rule("signoff.slashed", signoff_slashed, 8, (SLASHED_SIGNOFF,)),
    Rule("signoff.agency", agency_signoff, 3, (AGENCY_SIGNOFF,)),
    Rule("signoff.end_mark", end_mark, 6, (END_MARK,)),
    Rule("caption.agency", picture_agency_line, 3, (PICTURE_AGENCY_LINE,)),
    Rule("tagline", tagline, 6, (TAGLINE, TAGLINE_DASHED)),
    Rule("tagline.language", language_tagline, 12, (SOURCE_LINE_LANG,)),
    Rule("highlight", highlight, needs=(_HIGHLIGHT_MARKER,)),
    Rule("note", note, _NOTE_MAX_WORDS, (NOTE,)),
    Rule("note.label", note_label, 3, (NOTE_LABEL,)),
    Rule("note.labelled", note_labelled, _NOTE_MAX_WORDS, needs=_NOTE_LABEL_NEEDS),
    Rule("note.footnote", footnote, _FOOTNOTE_MAX_WORDS, (FOOTNOTE,)),
    Rule("contact", contact, _SHORT_MAX_WORDS, (CONTACT,)),
    Rule("contact.release", release_contact, _CONTACT_ENTRY_MAX_WORDS, (RELEASE_CONTACT,)),
    Rule(
        "contact.reporter",
        reporter_contact,
        _REPORTER_CONTACT_MAX_WORDS,
        needs=_REPORTER_CONTACT_NEEDS,
    ),
    Rule("contact.continued", contact_continued, _CONTACT_ENTRY_MAX_WORDS),
    Rule("credit", credit, _LONG_CREDIT_MAX_WORDS),
    Rule("credit.bio", author_bio, _SHORT_MAX_WORDS, (AUTHOR_BIO,)),
    Rule("disclaimer", disclaimer, _SHORT_MAX_WORDS),
    Rule("byline.pair", picture_byline, _PICTURE_BYLINE_MAX_WORDS, (PICTURE_BYLINE,)),
    Rule("caption", caption, _SHORT_MAX_WORDS),
    Rule("caption.credited", credited_caption, _CREDITED_CAPTION_MAX_WORDS),
    Rule("embed", embed, _SHORT_MAX_WORDS, needs=_EMBED_NEEDS),
    Rule("furniture", furniture),
    Rule("furniture.pull_quote", pull_quote, _PULL_QUOTE_MAX_WORDS, (PULL_QUOTE_OPEN,)),
    Rule("furniture.page", page_furniture, _PAGE_FURNITURE_MAX_WORDS, needs=_PAGE_FURNITURE_NEEDS),
    Rule("furniture.slug", wire_slug, _WIRE_SLUG_MAX_WORDS, (WIRE_SLUG,)),
    Rule("furniture.promotion", promotion, _PROMOTION_MAX_WORDS),
    Rule("furniture.release", release_label, _RELEASE_LABEL_MAX_WORDS, (RELEASE_LABEL,)),
    Rule("furniture.language", language_furniture, _SHORT_MAX_WORDS),
    Rule("timestamp", timestamp, _TIMESTAMP_MAX_WORDS),
    Rule("timestamp.issue", issue_line, _ISSUE_LINE_MAX_WORDS, (ISSUE_LINE,)),
    Rule("timestamp.language", language_timestamp, _SHORT_MAX_WORDS, (LANGUAGE_TIMESTAMP_LABEL,)),
    Rule("byline", byline, _BYLINE_MAX_WORDS),
    Rule("byline.continued", byline_continued, _BYLINE_CONTINUATION_MAX_WORDS),
    Rule("byline.named", byline_named, _NAMED_BYLINE_MAX_WORDS, needs=("@",)),
    Rule("byline.titled", byline_titled, _NAMED_BYLINE_MAX_WORDS, needs=_TITLED_BYLINE_NEEDS),
    Rule("byline.dated", byline_dated, _DATED_BYLINE_MAX_WORDS),
    Rule("contact.byline", byline_address, 1, needs=("@",)),
)


# --------------------------------------------------------------------------
# Pass 2: layout rules
# --------------------------------------------------------------------------


def _free(state: State) -> list[int]:
    return [i for i, c in enumerate(state.blocks) if c.kind is None]  # not c.claimed


def find_lead(state: State) -> int | None:
    """The lead paragraph: a datelined block near the top, else the first prose block.

    The first prose block is passed over when it is the standfirst, set
    between the headline and the byline (``_is_standfirst``), or a picture's
    caption over the lead that names the day it shows (``_is_scene_caption``).
    """
    free = _free(state)
    for i in free[:LEAD_SEARCH]:
        if is_datelined(state.blocks[i]):
            return _author_lead(state, free, i)
    prose = [i for i in free if is_prose(state.blocks[i])]
    if not prose:
        return None
    first = prose[0]
    if (
        len(prose) > 1
        and first > 0
        and is_titlelike(state.blocks[first - 1])
        and _is_standfirst(state, first)
    ):
        # The standfirst between the headline and the byline: the story
        # starts under the byline.
        return prose[1]
    if len(prose) > 2 and prose[1] == first + 1 and _is_scene_caption(state, first, prose[1]):
        # A picture's caption over the lead: the story starts under it.
        return prose[1]
    return first


#: The day a caption's picture was taken, or a lead's news happened: ``on
#: Sunday``, ``on March 8``, ``on Sept. 8``.
_SCENE_DAY = lazy_compile(
    r"\bon\s(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|March|April|May|June|July|"
    r"Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2})\b"
)
#: The words of a sentence that tells of the past, the future or what
#: someone said, or puts a thing ahead (``to``), which a caption, showing in
#: the present what its picture shows (``Skaters try out the ramps at Harbour
#: Park on Sunday.``), never holds: a modal, a form of ``be`` or ``have``, a
#: speech verb, or a word in ``-ed``.
_NOT_SCENE_WORDS = lazy_compile(
    r"\b(?:will|would|could|should|may|might|must|can|shall|is|are|was|were|be|been|being|has|"
    r"have|had|said|says|told|tells|to)\b|\p{Ll}{2}ed\b"
)
#: A word in ``-ed`` right after an article, an adjective and no verb
#: (``a finished section``, ``the flooded road``): a caption may hold one.
_ADJECTIVE_IN_ED = lazy_compile(r"\b(?:a|an|the)\s\p{Ll}{2,}ed\b")
#: The words of a lead that tells of the past: a word in ``-ed`` or a speech verb.
_PAST_WORDS = lazy_compile(r"\p{Ll}{2}ed\b|\b(?:said|told)\b")
#: The quotation marks a caption over the lead never holds: it quotes no one.
_SCENE_QUOTES: Final = '"“”«»„'
#: The most words of a caption over the lead (:func:`_is_scene_caption`).
_SCENE_CAPTION_MAX_WORDS: Final = 30
#: The fewest: a shorter sentence in the present (``Markets fall sharply on
#: Monday.``) sums the story up as a headline does, and is left as it was.
_SCENE_CAPTION_MIN_WORDS: Final = 8


def _is_scene_caption(state: State, i: int, lead: int) -> bool:
    """Whether block *i*, the first running text, is a picture's caption over the lead *lead*.

    A web page sets the caption of the story's picture, with no credit,
    between the byline and the lead: ``By Tom Hale`` / ``Skaters try out
    the new ramps at Harbour Park on Sunday.`` / ``Portvale opened its first
    skate park on Sunday after ...``.  The caption tells in the present
    what the picture shows and names the day it was taken (:data:`_SCENE_DAY`);
    the lead tells the same day's news in the past.  Block *i* is that
    caption when it is one sentence of :data:`_SCENE_CAPTION_MIN_WORDS` to
    :data:`_SCENE_CAPTION_MAX_WORDS` words, with no quotation and none of
    the words of the past, the future, a report or a plan
    (:data:`_NOT_SCENE_WORDS`; nor an irregular past, the list
    ``irregular_past``), nor a verb of a thing set for a day (the list
    ``calendar_verbs``: a lead in the present of a day to come, ``The fair
    opens on Saturday.``; a word in ``-ed`` right after an article is an
    adjective, ``the flooded road``, :data:`_ADJECTIVE_IN_ED`), and the
    longer block right under it names the same day and tells of the past
    (:data:`_PAST_WORDS`, ``irregular_past``); under a caption with no verb
    (:data:`_VERBLESS_CAPTION`) and no day, a lead telling what is to come
    (``will``, ``is set to``, ``plans to``; :data:`_FUTURE_WORDS`) does
    too: ``Walkers on the old boardwalk near the pier.`` / ``The
    boardwalk will reopen next month ...``.
    A caption that names no day is one too when the lead names the day
    and the two share a name (:func:`_is_undated_scene`).
    """
    blocks = state.blocks
    c, nxt = blocks[i], blocks[lead]
    m = c.match
    if (
        not _SCENE_CAPTION_MIN_WORDS <= c.words <= _SCENE_CAPTION_MAX_WORDS
        or nxt.words <= c.words
        or m[-1:] != "."
        or not m[:1].isupper()
        or any(q in m for q in _SCENE_QUOTES)
        or _INNER_SENTENCE_BREAK.search(m) is not None
    ):
        return False
    day = _SCENE_DAY.search(m)
    if day is None and not _is_undated_scene(c, nxt):
        return False
    if day is not None and day.group() not in nxt.match:
        return False
    if _NOT_SCENE_WORDS.search(_ADJECTIVE_IN_ED.sub("", m)) is not None:
        return False
    irregular = lexicon.words("en", "irregular_past")
    calendar = lexicon.words("en", "calendar_verbs")
    if any(w.strip(",.;:") in irregular or w in calendar for w in m.split()):
        return False
    if _PAST_WORDS.search(nxt.match) is not None or any(
        w.strip(",.;:") in irregular for w in nxt.match.split()
    ):
        return True
    # A caption with no verb over a lead that tells what is to come: "Walkers
    # on the old boardwalk near the pier." / "The boardwalk will reopen ...".
    return (
        day is None
        and _VERBLESS_CAPTION.match(m) is not None
        and _FUTURE_WORDS.search(nxt.match) is not None
    )


#: The words of a lead that tells what is to come: ``will``, ``is to``,
#: ``are set to``, ``is due to``, ``plans to``.
_FUTURE_WORDS = lazy_compile(r"\b(?:will|(?:is|are)\s(?:set\s|due\s|expected\s)?to|plans?\sto)\b")


#: How many words open a caption's sentence as its subject (``Ada Finch
#: runs ...``): a lead opening with one of them carries the sentence on.
_SCENE_SUBJECT_WORDS: Final = 3
#: The most words of a caption over the lead that names no day.
_UNDATED_SCENE_MAX_WORDS: Final = 20


#: A caption with no verb, what the picture shows and where: a subject of a
#: few words, then a place's or a time's preposition or a word in ``-ing``
#: (``Walkers on the new boardwalk near Ferring.``, ``Pupils from Harbury
#: School rehearsing in the hall.``); a colon opens a headline's quotation
#: (``Mayor: Trust the police on safety.``), no caption's subject.
_VERBLESS_CAPTION = lazy_compile(
    r"\p{Lu}[^\s:]*(?:\s[^\s:]+){0,3}?\s(?:on|at|in|near|outside|inside|beside|during|from|along|across|"
    r"under|behind|among|around|\p{Ll}{3,}ing)\s"
)


def _is_undated_scene(c: Candidate, nxt: Candidate) -> bool:
    """Whether the caption-shaped block *c*, naming no day, shows the scene of the lead *nxt*.

    A station's or a paper's page sets the picture's caption over the lead
    without a credit and without the day: ``Floats make their way down Main
    Street during the Ferncastle parade.`` / ``Thousands lined Main Street
    in Ferncastle on Saturday for ...``.  Such a caption, at most
    :data:`_UNDATED_SCENE_MAX_WORDS` words, is the caption (the other tests
    of :func:`_is_scene_caption` apply) when the lead under it names the
    day (:data:`_SCENE_DAY`), as news copy does and a feature's present
    opening's next paragraph seldom does, and a capitalised word of the
    caption past its first, a place's or a thing's name, is in the lead too.
    A lead opening by pointing back (a pronoun, ``It``, ``That``...; the
    lists ``pronouns`` and ``back_references``) or with a word of the
    subject of the block above, among its first
    :data:`_SCENE_SUBJECT_WORDS` (``Ada Finch runs the harbour bakery.`` /
    ``Finch opened it ...``), carries a feature's opening on: that block is
    the story's, no caption.

    When the lead names no day, a caption with no verb is one too, telling
    what the picture shows and where (:data:`_VERBLESS_CAPTION`): ``Walkers
    on a new stretch of the Ferring boardwalk.`` / ``The Ferring boardwalk
    has reopened after ...``.
    """
    if c.words > _UNDATED_SCENE_MAX_WORDS or (
        _SCENE_DAY.search(nxt.match) is None and _VERBLESS_CAPTION.match(c.match) is None
    ):
        return False
    caption_words = [w.strip(",.;:'’s") for w in c.match.split()]
    opening = nxt.match.split(maxsplit=1)[0].strip(",.;:'’s")
    back = lexicon.words("en", "back_references") | lexicon.words("en", "pronouns")
    if opening.casefold() in back or opening in caption_words[:_SCENE_SUBJECT_WORDS]:
        return False
    lead_words = {w.strip(",.;:'’s") for w in nxt.match.split()}
    return any(w[:1].isupper() and w in lead_words for w in caption_words[1:])


#: How many paragraphs of running text of their own above a datelined block
#: make the author's text the start of the body.
AUTHOR_PARAGRAPHS: Final = 2


def _author_lead(state: State, free: list[int], dated: int) -> int:
    """The lead when the author's own paragraphs stand above a datelined block.

    A blog or web post may open with the author's own paragraphs and then
    quote a press release or wire story, dateline and all (``PORTVALE --
    Acme is recalling ...``).  When at least :data:`AUTHOR_PARAGRAPHS` blocks
    above the datelined block are running text of at least
    :data:`PROSE_MIN_WORDS` words each, the body starts at the first of them:
    a photo caption is one short block, not several paragraphs.
    """
    long_prose = [
        i
        for i in free
        if i < dated
        and state.blocks[i].words >= PROSE_MIN_WORDS
        and ends_sentence(state.blocks[i].match)
    ]
    if len(long_prose) >= AUTHOR_PARAGRAPHS:
        return long_prose[0]
    return dated


#: The most words of a picture's source line, a name alone, under its caption with no stop.
SOURCE_LINE_MAX_WORDS: Final = 5
#: The small words a source's name holds in lower case (``Friends of the Moor``).
_SOURCE_LINE_SMALL_WORDS: Final = frozenset({"of", "the", "and", "&", "for", "de"})


def _is_caption_over_source(state: State, i: int, lead: int) -> bool:
    """Whether block *i*, under the byline, is a caption with no stop over its picture's source.

    Pages that take the BBC's layout without its labels set the picture's
    caption, with no full stop, and the picture's source, a name alone on
    the line under it, between the byline and the lead: ``By Ada Finch`` /
    ``Scaffolding around the old mill at Harbury`` / ``Harbury Mill
    Trust`` / ``Work to repair ...``.  Block *i* is such a caption when it
    holds :data:`CREDITED_CAPTION_MIN_WORDS` words or more, most of them in
    lower case, on one line, ends no sentence and quotes no one, a byline
    or a timestamp stands above it, and the line right under it, the
    block right over the lead, is a name of at most
    :data:`SOURCE_LINE_MAX_WORDS` capitalised words (the source, a caption
    too).
    """
    blocks = state.blocks
    if i + 2 != lead or i < 1:
        return False
    c, src = blocks[i], blocks[i + 1]
    if c.kind not in (None, BlockKind.CAPTION) or src.kind not in (None, BlockKind.CAPTION):
        return False
    if len(c.lines) != 1 or len(src.lines) != 1 or not state.attached(i, i + 1):
        return False
    m = c.match
    words = m.split()
    if (
        c.words < CREDITED_CAPTION_MIN_WORDS
        or m[-1:] in _SENTENCE_ENDS
        or not m[:1].isupper()
        or sum(w[:1].islower() for w in words) * 2 <= len(words)
        or _QUOTING.search(m) is not None
    ):
        return False
    names = src.match.split()
    if not 1 <= len(names) <= SOURCE_LINE_MAX_WORDS or not src.match[-1:].isalpha():
        return False
    if not all(w[:1].isupper() or w in _SOURCE_LINE_SMALL_WORDS for w in names):
        return False
    return any(b.kind in (BlockKind.BYLINE, BlockKind.TIMESTAMP) for b in blocks[:i])


def place_head(state: State, lead: int) -> None:
    """Above the lead: the headline, then captions and furniture.

    The headline is the first title-like block above the lead with three or
    more words (or the only title-like one), a station's name line aside
    (:func:`is_station_name`); an ampersand is no word, so a section's name
    over the headline (``Nation & World``, ``Arts & Culture``) is passed
    over; a one-line sentence right above a
    datelined lead is a headline with a full stop.  Running text between the
    headline and the lead is a caption; the rest is furniture.  In a story
    whose feed gave the headline, running text above the lead that nothing
    else claims is the story's (``paragraph.feed_intro``: a roundup's
    ``Your morning look at the stories of the day ...`` over its first
    item), not page furniture: feed copy has no page around it.
    """
    above = [i for i in range(lead) if state.blocks[i].kind is None]
    titles = [i for i in above if is_titlelike(state.blocks[i])]
    head: int | None = None
    for i in titles:
        c = state.blocks[i]
        if c.words - c.match.split().count("&") >= 3 and not is_station_name(c):
            head = i
            break
    if head is None and titles:
        head = titles[0]
    if head is None and above == [0] and is_datelined(state.blocks[lead]):
        first = state.blocks[0]
        if len(first.lines) == 1 and first.words <= HEADLINE_MAX_WORDS:
            head = 0
    if head is None and not above and lead == 0:
        return
    given = _given_headline(state)
    for i in above:
        c = state.blocks[i]
        if i == head and given is not None:
            _claim_second_title(c, given)
        elif i == head:
            c.claim(BlockKind.HEADLINE, "headline")
        elif given is not None and head is None and i == lead - 1 and _is_feed_teaser(state, i):
            c.claim(BlockKind.HIGHLIGHT, "standfirst.feed")
        elif head is not None and i == head + 1 and _is_standfirst(state, i):
            c.claim(BlockKind.HIGHLIGHT, "standfirst.above_byline")
        elif head is not None and i == head + 1 and _is_deck(state, i, lead):
            c.claim(BlockKind.HIGHLIGHT, "standfirst.deck")
        elif head is not None and _under_head(state, head, i) and _is_agency_byline(state, i):
            c.claim(BlockKind.BYLINE, "byline.agency")
        elif head is not None and _under_head(state, head, i) and _is_staff_byline(state, i):
            c.claim(BlockKind.BYLINE, "byline.staff")
        elif head is not None and i == head + 1 and _is_agency_initials(state, i):
            c.claim(BlockKind.TAGLINE, "tagline.agency")
        elif head is not None and i == head + 1 == lead - 1 and _is_wire_standfirst(state, i):
            c.claim(BlockKind.HIGHLIGHT, "standfirst.wire")
        elif (
            head is not None
            and i > head
            and (
                _is_caption_over_source(state, i, lead)
                or _is_caption_over_source(state, i - 1, lead)
            )
        ):
            # A caption with no stop and its picture's source under it.
            c.claim(BlockKind.CAPTION, "caption.above_lead")
        elif head is not None and i > head and _is_key_point(state, i):
            c.claim(BlockKind.HIGHLIGHT, "highlight.key_points")
        elif (
            head is not None
            and i > head
            and (is_prose(c) or _is_unstopped_caption(state, i, head, lead))
        ):
            c.claim(BlockKind.CAPTION, "caption.above_lead")
        elif given is not None and _is_feed_running_text(c):
            # Feed copy has no page around it: its running text is the story's.
            c.claim(BlockKind.PARAGRAPH, "paragraph.feed_intro")
        else:
            c.claim(BlockKind.FURNITURE, "furniture.above_lead")


def _is_unstopped_caption(state: State, i: int, head: int, lead: int) -> bool:
    """Whether block *i*, right above the lead, is the picture's caption set with no full stop.

    Irish and British pages set the caption of the story's picture under
    the byline or the date, with no full stop, right above the lead:
    ``Gardaí seize cannabis at Rosslane port`` / ``Sunday, 6 Dec 2026`` /
    ``The drugs were found in a lorry that had come off a ferry`` / the
    lead.  A title-like block of at least
    :data:`UNSTOPPED_STANDFIRST_MIN_WORDS` words, most of them in lower
    case, right above the lead, with a byline or a timestamp between the
    headline and it and no title-like block right above it (a list of links
    is several), is that caption, not page furniture.
    """
    blocks = state.blocks
    c = blocks[i]
    if i != lead - 1 or not _is_unstopped_standfirst(c):
        return False
    if not any(b.kind in (BlockKind.BYLINE, BlockKind.TIMESTAMP) for b in blocks[head + 1 : i]):
        return False
    above = blocks[i - 1]
    # A title-like block above that no block rule claimed (this layout
    # claims in order: it is "furniture.above_lead" by now) is a link of a list.
    return not (
        is_titlelike(above)
        and above.words >= 3
        and (above.kind is None or above.rule == "furniture.above_lead")
    )


#: The label of a page's box that sums the story up in a few points, set
#: between the headline and the lead: ``Key points``, ``Key takeaways``,
#: ``At a glance``, ``In brief``, ``What you need to know``, ``Story
#: highlights``, in any case and with a colon or not.
KEY_POINTS_LABEL = lazy_compile(
    r"(?i:key\s+(?:points|takeaways|facts)|(?:the\s+)?takeaways|at\s+a\s+glance|in\s+(?:brief|short)|"
    r"(?:story\s+)?highlights|(?:what\s+you\s+)?need\s+to\s+know|quick\s+read|the\s+essentials)"
    r"\s?:?"
)
#: The most words of a point in such a box.
_KEY_POINT_MAX_WORDS: Final = 40


def _is_key_point(state: State, i: int) -> bool:
    """Whether block *i*, above the lead, is a point of the box that sums the story up.

    A national paper's page sets a box of the story's main points between
    the headline and the lead, under a label (:data:`KEY_POINTS_LABEL`),
    each point an item set with a mark (:data:`LIST_ITEM`): ``Key points:``
    / ``• Ferry fares rise by a fifth`` / ``• Islanders plan a protest`` /
    ``PORTVALE -- ...``.  The points are the story's highlights, not the
    page's furniture nor a caption: an item of at most
    :data:`_KEY_POINT_MAX_WORDS` words under such a label, or under other
    items right under one, is a point (``highlight.key_points``).  Items
    with no label above them are left as they were.
    """
    blocks = state.blocks
    c = blocks[i]
    if c.words > _KEY_POINT_MAX_WORDS or LIST_ITEM.match(c.match) is None:
        return False
    j = i - 1
    while j >= 0 and LIST_ITEM.match(blocks[j].match) is not None:
        j -= 1
    return j >= 0 and KEY_POINTS_LABEL.fullmatch(blocks[j].match) is not None


#: An agency's name in brackets in a lead's dateline: ``Madrid, 7 dic
#: (EFE).-``, ``Kiel (dpa) -``; a regional service of it after a slash
#: (``Kiel (dpa/lno) -``).
_DATELINE_AGENCY = lazy_compile(r"\((?P<agency>\p{L}[\p{L} -]{1,24})(?:/\p{L}{2,5})?\)")
#: A word naming a picture, in a caption's words of each language:
#: ``photo``, ``Foto``, ``imagen``, ``Bild``, ``shows``, ``muestra``.
_PICTURE_WORD = lazy_compile(
    r"(?i:\b(?:photo|foto|image|imagen|picture|bild|shows|muestra|zeigt|montre)\w*)"
)
#: How far into the lead its dateline's agency is looked for.
_DATELINE_AGENCY_CHARS: Final = 80
#: The most words of a wire's standfirst.
_WIRE_STANDFIRST_MAX_WORDS: Final = 40


def _is_wire_standfirst(state: State, i: int) -> bool:
    """Whether block *i*, between the headline and a wire's datelined lead, is its standfirst.

    Agency copy (EFE, dpa, AFP) sets one sentence summing up the story
    between the headline and the lead, which opens with the agency's
    dateline: ``Plan para enterrar las líneas`` / ``La medida costará 300
    millones de euros.`` / ``Madrid, 7 dic (EFE).- El Gobierno aprobó ...``.
    A sentence of at most :data:`_WIRE_STANDFIRST_MAX_WORDS` words right
    under the headline and right over a lead whose dateline, after the
    place, names a known agency in brackets is that standfirst, not a
    photo caption (agency copy carries its pictures apart); one naming a
    picture (``This undated photo shows ...``) is still a caption, and
    several sentences there are running text out of place.
    """
    c = state.blocks[i]
    if c.words > _WIRE_STANDFIRST_MAX_WORDS or not is_prose(c):
        return False
    if _PICTURE_WORD.search(c.match) is not None:
        return False  # "This undated photo shows ...": a caption
    if _INNER_SENTENCE_BREAK.search(c.match) is not None:
        return False  # several sentences: running text out of place
    return _names_agency(state.blocks[i + 1].match)


def _names_agency(lead: str) -> bool:
    """Whether the dateline of *lead* names a known agency in brackets after the place."""
    if "(" not in lead[1:_DATELINE_AGENCY_CHARS]:
        return False
    m = _DATELINE_AGENCY.search(lead, 1, _DATELINE_AGENCY_CHARS)
    return m is not None and canonical_agency(m.group("agency")) is not None


#: The most words of the teaser of a feed story (:func:`_is_feed_teaser`).
_FEED_TEASER_MAX_WORDS: Final = 70


def _is_feed_teaser(state: State, i: int) -> bool:
    """Whether block *i*, between a feed's headline and its datelined lead, is the teaser.

    dpa's copy sets a teaser of one to three sentences between the
    headline block and the lead, which opens with the agency's dateline:
    ``^Baum auf der Bahnstrecke - Verspätungen=`` / ``Ein umgestürzter Baum
    behindert den Bahnverkehr. Pendler müssen mit Verspätungen rechnen.`` /
    ``Hameln (dpa) - Ein umgestürzter Baum hat ...``.  In a story whose
    feed's grammar read every block above it (headline, notes, byline), running text of at most
    :data:`_FEED_TEASER_MAX_WORDS` words right over a lead whose dateline
    names a known agency in brackets is that teaser, a standfirst
    (``standfirst.feed``), not page furniture: a feed story has no page.  A
    sentence naming a picture (``This undated photo shows ...``) is not.
    """
    blocks = state.blocks
    c = blocks[i]
    if c.words > _FEED_TEASER_MAX_WORDS or not is_prose(c):
        return False
    if any(b.kind is None for b in blocks[:i]):
        return False
    if _PICTURE_WORD.search(c.match) is not None:
        return False
    return _names_agency(blocks[i + 1].match)


#: The most words of an agency's name standing as a story's byline.
_AGENCY_BYLINE_MAX_WORDS: Final = 4


def _under_head(state: State, head: int, i: int) -> bool:
    """Whether block *i* stands right under the headline *head*, or under its timestamp only.

    A sports site sets the story's date line between the headline and the
    agency's name that stands as its byline: ``Storm cuts power`` /
    ``Tuesday, 03.03.2026 / 4:05 PM / News`` / ``Associated Press``.
    """
    return i > head and all(state.blocks[k].kind is BlockKind.TIMESTAMP for k in range(head + 1, i))


def _is_staff_byline(state: State, i: int) -> bool:
    """Whether block *i*, under the headline, is a staff title alone standing as the byline.

    A site that names no reporter signs the story with the staff title
    alone on the line under the headline, in the singular: ``Harbury bakery
    marks fifty years`` / ``Staff Writer`` / the lead
    (:data:`wireparse.metadata.bylines.STAFF_TITLE_LINE`).  In a story with
    no other byline, it is the story's byline, with no names.
    """
    if STAFF_TITLE_LINE.fullmatch(state.blocks[i].match.strip()) is None:
        return False
    return not any(b.kind is BlockKind.BYLINE for b in state.blocks)


def _is_agency_byline(state: State, i: int) -> bool:
    """Whether block *i*, right under the headline, is an agency's name standing as the byline.

    A story a paper takes from a wire with no reporter named carries the
    agency's name alone on the line under the headline, where a reporter's
    byline would stand: ``Storm cuts power to 80,000`` / ``Associated
    Press`` / the lead.  A name of two words or more that is a known
    agency's (:func:`wireparse.metadata.agencies.canonical_agency`), in a
    story with no other byline, is the story's byline; a one-word name
    (``Reuters``) is left to the sign-off and tagline rules.
    """
    c = state.blocks[i]
    m = c.match.strip(" .")
    if not 2 <= c.words <= _AGENCY_BYLINE_MAX_WORDS or not m[:1].isupper() or " " not in m:
        return False
    if any(b.kind is BlockKind.BYLINE for b in state.blocks):
        return False
    return canonical_agency(m) is not None


#: A wire's short name in capitals, the whole line: ``AAP``, ``PTI``,
#: ``IANS``, ``CP``, a full stop after it too (``AAP.``).
AGENCY_INITIALS = lazy_compile(r"\p{Lu}{2,5}\.?")


def _is_agency_initials(state: State, i: int) -> bool:
    """Whether block *i*, right under the headline, is an agency's initials standing alone.

    A site that carries a wire's story with no reporter named sets the
    agency's short name in capitals alone where the byline would stand, as
    Australian and Indian pages carry AAP's and PTI's copy: ``Swimmers warned
    of bluebottles`` / ``AAP`` / the lead.  The initials of a known agency
    (:data:`AGENCY_INITIALS`, :func:`wireparse.metadata.agencies.canonical_agency`),
    in a story with no byline, name the wire: a tagline, not page furniture.
    """
    m = state.blocks[i].match.strip()
    if AGENCY_INITIALS.fullmatch(m) is None or canonical_agency(m.rstrip(".")) is None:
        return False
    return not any(b.kind is BlockKind.BYLINE for b in state.blocks)


#: A US broadcast station's call sign, which opens with ``K`` or ``W``:
#: ``WKRV``, ``KXRT-TV``.
CALL_SIGN = lazy_compile(r"[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM|CD|LD))?")


def is_station_name(c: Candidate) -> bool:
    """Whether the title-like block *c* is a TV or radio station's name line.

    A local station's page sets its name over the story it carries:
    ``WKRV 7 News``, ``KXRT News 4 Now``.  A line made of a call sign
    (:data:`CALL_SIGN`), figures and the words of menus and labels
    (:data:`FURNITURE_WORDS`) is the page's furniture, not the headline.
    """
    tokens = c.match.split()
    return (
        c.words <= 6
        and any(CALL_SIGN.fullmatch(t) is not None for t in tokens)
        and all(
            t.isdigit() or t.casefold() in FURNITURE_WORDS or CALL_SIGN.fullmatch(t) is not None
            for t in tokens
        )
    )


#: The most words of a standfirst set between the headline and the byline.
STANDFIRST_MAX_WORDS: Final = 60


def _is_standfirst(state: State, i: int) -> bool:
    """Whether block *i*, right under the headline, is the story's standfirst.

    A newspaper page sets the standfirst (the dek, a sentence or two that
    sums the story up) straight under the headline and over the byline:
    ``Port city bets on wind`` / ``A $300 million plant could bring 900
    jobs. Not everyone is convinced.`` / ``By Ada Finch``.  A block of
    running text of at most :data:`STANDFIRST_MAX_WORDS` words between the
    headline and a byline right under it (or a title-case deck set on the
    line right under the headline: :func:`_is_title_case_deck`) is the
    standfirst (a highlight),
    not a photo caption; a caption stands by its picture, away from the
    byline, or says whose picture it is.
    """
    blocks = state.blocks
    c = blocks[i]
    return (
        i + 1 < len(blocks)
        and blocks[i + 1].kind is BlockKind.BYLINE
        and c.words <= STANDFIRST_MAX_WORDS
        and (
            is_prose(c)
            or _is_unstopped_standfirst(c)
            or _is_short_standfirst(c)
            or _is_title_case_deck(state, i)
        )
    )


def _is_title_case_deck(state: State, i: int) -> bool:
    """Whether the title-like block *i*, over the byline, is a deck set in title case.

    A business paper sets its deck in title case on the line right under
    the headline, with no blank line between, and the byline under it:
    ``Harbor Bank Cuts Its Forecast`` / ``Lender Sees Slower Loan Growth;
    Shares Slide in Early Trading`` / ``BY ADA FINCH``.  A title-like block
    of at least :data:`DECK_MIN_WORDS` words so set under the headline is
    the deck (a highlight), not page furniture, when most of its words are
    capitalised; a page's menu is made of its words (:data:`FURNITURE_WORDS`)
    or opens with a call (``Sign up for ...``), and a link's label is mostly
    in lower case (``More stories from around the county``).
    """
    c = state.blocks[i]
    if i == 0 or c.words < DECK_MIN_WORDS or not state.attached(i - 1, i) or not is_titlelike(c):
        return False
    words = c.match.split()
    if words[0] in _MENU_IMPERATIVES or sum(w[:1].isupper() for w in words) * 2 <= len(words):
        return False  # a menu's call, or a line mostly in lower case ("More stories from ...")
    return not all(w.strip(".,:;|").casefold() in FURNITURE_WORDS for w in words)


#: The fewest words of a standfirst set with no full stop.
UNSTOPPED_STANDFIRST_MIN_WORDS: Final = 10


def _is_unstopped_standfirst(c: Candidate) -> bool:
    """Whether the title-like block *c*, over the byline, is a standfirst set with no full stop.

    British regional pages set the standfirst as a sentence in lower case
    with no full stop (``Regulars rallied round after the owners said the
    bakery would close before Christmas``): a block of at least
    :data:`UNSTOPPED_STANDFIRST_MIN_WORDS` words, most of them in lower
    case (a menu or a second title in title case is none), is one.
    """
    if c.words < UNSTOPPED_STANDFIRST_MIN_WORDS or not is_titlelike(c):
        return False
    words = c.match.split()
    return sum(w[:1].islower() for w in words) * 2 > len(words)


#: The fewest words of a short standfirst set with no full stop, a reporting tag or a verb in it.
SHORT_STANDFIRST_MIN_WORDS: Final = 5
#: A short standfirst's reporting tag at its end (``..., she says``, ``...,
#: they warn``, ``..., say police``), or a verb of the sentence: a helping
#: verb (``is``, ``was``, ``has``, ``will``), a word in ``-ed`` after its
#: first word.
_SHORT_STANDFIRST_VERB = lazy_compile(
    r",\s(?:\p{L}+\s){1,2}\p{Ll}+$|"
    r"\s(?:is|are|was|were|has|have|had|will|would|could|can|may|must|might)\s|"
    r"\s\p{Ll}{2,}ed\s"
)
#: The first words of a page's menu labels and calls, in the imperative:
#: ``Sign up for our newsletter``, ``Get the latest news delivered``.
_MENU_IMPERATIVES: Final = frozenset(
    "Sign Get Read Follow Subscribe Click Join Download Watch Listen See Share "
    "Find Enter Send Tap Register Log Sort Browse Explore Discover Try".split()
)


def _is_short_standfirst(c: Candidate) -> bool:
    """Whether the title-like block *c*, over the byline, is a short standfirst with no full stop.

    British regional pages set the standfirst over the byline as a
    sentence in lower case with no full stop, often shorter than
    :data:`UNSTOPPED_STANDFIRST_MIN_WORDS` words: ``The gate was locked
    without notice, he says``, ``Volunteers cleared the pond in a weekend``.
    A block of :data:`SHORT_STANDFIRST_MIN_WORDS` words or more, most of
    them in lower case, is one when it reads as a sentence of the story,
    a reporting tag at its end or a verb in it
    (:data:`_SHORT_STANDFIRST_VERB`; a reporting tag's verb is a cue verb);
    a menu's label or call (``Sign up for our daily briefing``,
    :data:`_MENU_IMPERATIVES`) has none, or opens in the imperative.
    """
    if c.words < SHORT_STANDFIRST_MIN_WORDS or not is_titlelike(c):
        return False
    m = c.match
    words = m.split()
    if words[0] in _MENU_IMPERATIVES or sum(w[:1].islower() for w in words) * 2 <= len(words):
        return False
    found = _SHORT_STANDFIRST_VERB.search(m)
    if found is None:
        return any(w in lexicon.words("en", "irregular_past") for w in words[1:])
    if found.group().startswith(","):
        return words[-1] in lexicon.words("en", "cue_verbs")
    return True


#: The fewest words of a deck between the headline and a datelined lead.
DECK_MIN_WORDS: Final = 6


def _is_deck(state: State, i: int, lead: int) -> bool:
    """Whether block *i*, between the headline and a datelined lead, is the deck.

    A press release, and a wire story as a page sets it, puts a
    subheadline under the headline, a phrase with no full stop that adds
    to it, and the datelined lead right under that: ``Harbor Widgets
    opens plant in Portvale`` / ``$40 million site will make ferry parts
    for the East Coast`` / ``PORTVALE, Maine, May 4, 2026 /PRNewswire/ --
    ...``.  A title-like block of at least :data:`DECK_MIN_WORDS` words
    right under the headline and right over a datelined lead is the deck
    (a highlight), not page furniture: a page's labels and menus are
    shorter, and its dates are timestamps.  A deck may open with a sum
    (``$40 million site ...``).
    """
    c = state.blocks[i]
    if i + 1 != lead or c.words < DECK_MIN_WORDS or not is_datelined(state.blocks[lead]):
        return False
    if c.match[:1] in "$€£" and c.match[1:2].isdigit():
        return c.words <= HEADLINE_MAX_WORDS and not is_prose(c) and c.match[-1:] not in RUNS_ON
    return is_titlelike(c)


def place_body(state: State, lead: int) -> None:
    """From the lead on: paragraphs, subheadings, related links and trailing furniture.

    Feed copy (:attr:`State.feed`) carries no links to other stories: a
    title-like line between its paragraphs that heads no running text is no
    related link but a line of the copy (``paragraph.feed_line``): a race's
    title over its runners, a form guide's ``Tip: Harbour Lad by two
    lengths``, a diary's event over its venue.
    """
    blocks = state.blocks
    feed = state.feed
    for i in range(lead + 1, len(blocks)):
        label = _numbered_link(state, i) if blocks[i].kind is None and not feed else -1
        if label >= 0:
            blocks[i].claim(BlockKind.FURNITURE, "furniture.related_link")
            if blocks[label].kind is None:
                blocks[label].claim(BlockKind.FURNITURE, "furniture.link_label")
    free = [i for i in range(lead, len(blocks)) if blocks[i].kind is None]
    # (Running text needs no second look: it is a paragraph either way.)
    spoken = {
        i
        for i in free
        if i > lead
        and not is_prose(blocks[i])
        and (
            reports_a_question(blocks[i])
            or asks_an_interview_question(blocks[i])
            or speaks_a_quoted_turn(blocks[i])
            or is_answered_briefly(state, i)
            or asks_back(blocks[i])
            or credits_a_quotation(blocks[i])
            or introduces_a_quotation(blocks[i])
            or _continues_a_quotation(blocks[i - 1], blocks[i])
            or in_fact_box(state, i)
            or in_figure_list(state, i)
            or in_roster(state, i)
            or in_schedule(state, i)
            or is_agate_summary(blocks[i])
            or reports_before_picture_credit(blocks[i])
        )
    }
    turns = [
        i for i in free if i > lead and blocks[i].match[:2].isupper() and speaks_a_turn(blocks[i])
    ]
    if len(turns) >= TRANSCRIPT_MIN_TURNS:
        # A transcript: its labelled turns are paragraphs, however short.
        spoken.update(turns)
    if any(is_answered_briefly(state, i) for i in spoken):
        # An interview: its other questions standing alone are turns too.
        spoken.update(i for i in free if i > lead and _is_short_question(blocks[i]))
    # The last running-text block, looked for from the end (``max`` of them all).
    last = next((i for i in reversed(free) if i in spoken or is_prose(blocks[i])), lead)
    titles = {
        i
        for i in free
        if lead < i <= last and i not in spoken and (is_titlelike(blocks[i]) or _is_label(state, i))
    }
    links_inline = any(
        blocks[i].words > HEADING_MAX_WORDS and not is_quoted_title(blocks[i]) for i in titles
    )
    signed = any(c.kind is BlockKind.BYLINE for c in blocks)
    for i in free:
        c = blocks[i]
        if i > last:
            if _is_signature(state, i, signed):
                c.claim(BlockKind.BYLINE, "byline.signature")
                signed = True
            elif is_titlelike(c) or c.words <= 3 or _continues_furniture(state, i):
                c.claim(BlockKind.FURNITURE, "furniture.below_body")
            else:
                c.claim(BlockKind.PARAGRAPH, "paragraph")
        elif i in titles and _in_table(state, i):
            c.claim(BlockKind.PARAGRAPH, "paragraph.table")
        elif i in titles and not feed and is_related_headline(state, i):
            c.claim(BlockKind.FURNITURE, "furniture.related_headline")
        elif i in titles and _is_heading(state, i, links_inline) and not _in_link_list(state, i):
            c.claim(BlockKind.HEADING, "heading")
        elif i in titles and feed:
            c.claim(BlockKind.PARAGRAPH, "paragraph.feed_line")
        elif i in titles:
            c.claim(BlockKind.FURNITURE, "furniture.related_link")
        elif i == lead:
            c.claim(
                BlockKind.PARAGRAPH, "paragraph.lead_dateline" if c.joined else "paragraph.lead"
            )
        else:
            c.claim(BlockKind.PARAGRAPH, "paragraph")


#: How many blocks from the end an author's signature may stand.
_SIGNATURE_TAIL: Final = 4


def _is_signature(state: State, i: int, signed: bool) -> bool:
    """Whether block *i*, below the body, is the author's name signing the story.

    French and Spanish sites (and blogs) sign a story with the author's name
    alone on a line after the last paragraph (``Anne Roy``, ``Kofi MENSAH``),
    where English copy sets a byline above it.  A block of two to four words
    that reads as a person's name
    (:func:`wireparse.metadata.bylines.is_person_name`), within
    four blocks of the end (``_SIGNATURE_TAIL``), in a story with no byline
    yet, right after the last paragraph (an embedded post or a caption
    aside), is claimed as ``byline.signature``.  A name under a ``Contact``
    line, or after a table's last row, is no signature.
    """
    c = state.blocks[i]
    if signed or not 2 <= c.words <= 4 or len(state.blocks) - i > _SIGNATURE_TAIL:
        return False
    before = next(
        (
            b
            for b in reversed(state.blocks[:i])
            if b.kind is not BlockKind.CAPTION and b.rule not in {"embed", "embed.text"}
        ),
        None,
    )
    return before is not None and before.kind is BlockKind.PARAGRAPH and is_person_name(c.match)


def _continues_furniture(state: State, i: int) -> bool:
    """Whether block *i*, below the body, carries on the furniture line above it.

    A follow-us line cut on its links runs on in lower case after them:
    ``Síguenos en`` / ``Facebook y`` / ``Twitter`` / ``para no perderte
    nada``.  Below the last paragraph, a block that opens in lower case and
    follows furniture is more of it.
    """
    return (
        i > 0
        and state.blocks[i - 1].kind is BlockKind.FURNITURE
        and state.blocks[i].match[:1].islower()
    )


#: A label standing alone over a list of links to other stories: ``More
#: news:``, ``MORE NEWS``, ``Related Stories``, ``Related coverage:``, ``See
#: also``, ``Read more:``, ``Read More``, ``Recommended Videos``; a list of
#: the site's most read stories set into the body: ``Most Read``, ``Most
#: popular``, ``MOST VIEWED``; ``READ ALSO:``, a section's ``More in this
#: section``, a recommender's ``You may also like``.
LINK_LIST_LABEL = lazy_compile(
    r"(?:(?:Most|MOST)\s+(?:[Rr]ead|[Pp]opular|[Vv]iewed|[Ss]hared|READ|POPULAR|VIEWED|SHARED)|"
    r"(?:More|Related|Latest|Other|Recommended|Top)\s+(?:[Nn]ews|[Ss]tories|[Cc]overage|"
    r"[Aa]rticles|[Ll]inks|[Hh]eadlines|[Rr]eading|[Vv]ideos)|"
    r"(?:MORE|RELATED|LATEST|OTHER|RECOMMENDED|TOP)\s+(?:NEWS|STORIES|COVERAGE|ARTICLES|LINKS|"
    r"HEADLINES|READING|VIDEOS)|Related|RELATED|See\s+also|SEE\s+ALSO|Also\s+read|ALSO\s+READ|"
    r"Read\s+[Mm]ore|READ\s+MORE|Read\s+[Aa]lso|READ\s+ALSO|"
    # A section's own list under the story: "More in this section", "More
    # from this topic"; a recommender's "You may also like".
    r"More\s+(?:in|from)\s+this\s+(?:section|category|topic)|MORE\s+IN\s+THIS\s+SECTION|"
    r"You\s+(?:may|might)\s+also\s+like)\s?:?"
)
#: The rules of the link lines of a list under a :data:`LINK_LIST_LABEL`.
_LINK_RULES: Final = frozenset({"furniture.related_link", "furniture.related_headline"})


#: A numbered line of a list of other stories' headlines: ``1. Man charged
#: after chase on Highway 20``, ``2) School closings for Friday``.
NUMBERED_LINK = lazy_compile(r"\d{1,2}[.)]\s\p{Lu}[^\n]{2,150}(?<![.,;:])")


def _numbered_link(state: State, i: int) -> int:
    """Return the index of the label over a list of links whose numbered line block *i* is, or -1.

    A site numbers its most read or latest stories under their label
    (``Most Read`` / ``1. Man charged after chase on Highway 20`` / ``2.
    School closings for Friday``; :data:`LINK_LIST_LABEL`): each line, one
    headline after its number with no full stop, is a link, though a row
    opening with its figure is read as a list of figures elsewhere
    (:func:`in_figure_list`).  The lines between the label and *i* are all
    such lines.  The label, furniture already or not yet claimed (``Top
    Stories`` would be read as a subheading), is the list's
    (``furniture.link_label``).
    """
    blocks = state.blocks
    c = blocks[i]
    if len(c.lines) != 1 or c.words > HEADLINE_MAX_WORDS + 1 or not c.match[:1].isdigit():
        return -1
    if NUMBERED_LINK.fullmatch(c.match) is None:
        return -1
    for j in range(i - 1, -1, -1):
        b = blocks[j]
        if b.kind in (BlockKind.FURNITURE, None) and LINK_LIST_LABEL.fullmatch(b.match) is not None:
            return j
        if b.rule != "furniture.related_link" or NUMBERED_LINK.fullmatch(b.match) is None:
            return -1
    return -1


def _in_link_list(state: State, i: int) -> bool:
    """Whether the title-like block *i* is one of a list of links under a label.

    A page sets a label alone (``More news:``, ``Related Stories``;
    :data:`LINK_LIST_LABEL`) over a list of other stories' headlines, one a
    line, and may set the list between two paragraphs: ``More news:`` /
    ``Woman hurt in house fire`` / ``Bridge closure delayed again`` / ``Both
    men are held on bail.``  Each line of the list is a link, the last too,
    though a paragraph follows it as one follows a subheading.  The blocks
    between the label and *i* are all links of the list.
    """
    blocks = state.blocks
    for j in range(i - 1, -1, -1):
        b = blocks[j]
        if b.kind is not BlockKind.FURNITURE:
            return False
        if LINK_LIST_LABEL.fullmatch(b.match) is not None:
            return True
        if b.rule not in _LINK_RULES:
            return False
    return False


def _in_table(state: State, i: int) -> bool:
    """Whether block *i* stands between rows of tabular copy (a column head)."""
    blocks = state.blocks
    return 0 < i < len(blocks) - 1 and is_table_row(blocks[i - 1]) and is_table_row(blocks[i + 1])


#: A row of a fact box: a short label, a colon and a short value, one of
#: them with a figure (``Built: 1961``, ``Length: 420 feet``, ``$78 million:
#: total budget``), and no full stop at the end.
FACT_ROW = lazy_compile(r"[\p{Lu}$€£\d][^:\n]{0,30}:\s[^:\n]{1,40}(?<![.!?])")
#: The fewest rows of a fact box.
FACT_BOX_MIN_ROWS: Final = 2
#: The most words of a row of a fact box.
_FACT_ROW_MAX_WORDS: Final = 8


def _is_fact_row(c: Candidate) -> bool:
    """Whether *c* is one row of a fact box (:data:`FACT_ROW`)."""
    m = c.match
    return (
        c.words <= _FACT_ROW_MAX_WORDS
        and len(c.lines) == 1
        and ": " in m
        and any(ch.isdigit() for ch in m)
        and FACT_ROW.fullmatch(m) is not None
    )


def _in_run_of_rows(state: State, i: int, is_row: Callable[[Candidate], bool]) -> bool:
    """Whether block *i* is a row (*is_row*) beside another row, neither claimed by a block rule.

    :param state: the blocks.
    :param i: the block's index.
    :param is_row: the test of one row (:func:`_is_fact_row`, :func:`_is_figure_row`).
    """
    blocks = state.blocks
    if blocks[i].claimed or not is_row(blocks[i]):
        return False
    before = i > 0 and not blocks[i - 1].claimed and is_row(blocks[i - 1])
    after = i + 1 < len(blocks) and not blocks[i + 1].claimed and is_row(blocks[i + 1])
    return before or after


def in_fact_box(state: State, i: int) -> bool:
    """Whether block *i* is a row of a fact box, the story's own figures.

    A story may set its figures as a box of rows, a label and a value each,
    under a title: ``Fast facts`` / ``Built: 1961`` / ``Length: 420 feet``,
    or ``Snow totals`` / ``Millbrook: 8 inches`` / ``Salem: 6 inches``.
    The rows (:data:`FACT_ROW`, one with a figure) are part of the story, as
    its paragraphs are, and a title over them is a subheading; a run of at
    least :data:`FACT_BOX_MIN_ROWS` rows is a box, one row alone is not.
    Blocks the block rules claimed (a ``Posted: 3:10 PM`` timestamp, a
    contact's ``Tel: 555-0142``) are no rows.
    """
    return _in_run_of_rows(state, i, _is_fact_row)


#: A team's line score in a box score: a name, then three groups of figures
#: or more (``Portvale 010 200 04x — 7 9 1``).
LINE_SCORE = lazy_compile(r"\p{Lu}[\p{L}.'’ -]{0,30}?(?: [\dx]{1,4}){3}(?:[ \d]|$)[^\n]*")
#: The fewest rows of a list of figures (:func:`in_figure_list`).
FIGURE_LIST_MIN_ROWS: Final = 2
#: The most words of a row of a list of figures.
_FIGURE_ROW_MAX_WORDS: Final = 8


def _is_figure_row(c: Candidate) -> bool:
    """Whether *c* is one row of a list of figures (:func:`in_figure_list`)."""
    m = c.match
    first = m[:1]
    return (
        c.words <= _FIGURE_ROW_MAX_WORDS
        and len(c.lines) == 1
        and (first.isdigit() or (first.isupper() and LINE_SCORE.fullmatch(m) is not None))
    )


def in_figure_list(state: State, i: int) -> bool:
    """Whether block *i* is a row of a list of figures set one a line.

    A recipe sets its ingredients one a line, each opening with its
    quantity (``Ingredients`` / ``2 cups flour`` / ``1 egg, beaten``); a
    box of figures opens each row with its figure (``By the numbers`` /
    ``4,210: runners`` / ``2:09:51: winning time``); a box score sets a
    line score a team (``Portvale 010 200 04x — 7 9 1``;
    :data:`LINE_SCORE`).  Such rows are short and no sentences, but they are
    the story's own matter: paragraphs, and the title over them a
    subheading.  A run of at least :data:`FIGURE_LIST_MIN_ROWS` rows of at
    most eight words, one a line, is such a list; one row alone is not, nor
    a block the block rules claimed.
    """
    return _in_run_of_rows(state, i, _is_figure_row)


#: A row of a roster set with a bar: a person's name, the bar and what the
#: person is or did (``Ada Roe | Finance``, ``Tom Hale | 6.5 points``).
ROSTER_ROW = lazy_compile(r"(?P<name>\p{Lu}[^|\n]{1,40}?)\s?\|\s?(?P<value>[^|\s][^|\n]{0,60})")
#: The most words of a row of a roster.
_ROSTER_ROW_MAX_WORDS: Final = 10


def _is_roster_row(c: Candidate) -> bool:
    """Whether *c* is one row of a roster (:func:`in_roster`)."""
    m = c.match
    if c.words > _ROSTER_ROW_MAX_WORDS or len(c.lines) != 1 or m.count("|") != 1:
        return False
    row = ROSTER_ROW.fullmatch(m)
    return row is not None and is_person_name(row.group("name"))


def in_roster(state: State, i: int) -> bool:
    """Whether block *i* is a row of a roster: people named one a line, a bar and their part.

    A story sets out who is who as rows of a name, a bar and what the
    person is or scored, under a title of its own: ``The new council`` /
    ``Ada Roe | Finance`` / ``Tom Hale | Harbours``, or ``Top finishers`` /
    ``Ada Roe | 6.5 points``.  Such rows (:data:`ROSTER_ROW`, the name a
    person's, :func:`wireparse.metadata.bylines.is_person_name`) are the
    story's own matter, paragraphs, and the title over them a subheading;
    a run of two rows or more is a roster, one row alone is not (under the
    headline, ``Ada Roe | The Daily Star`` is a byline), nor a block the
    block rules claimed.  A page's menu has more bars than one
    (``News | Sport | Weather``).
    """
    return _in_run_of_rows(state, i, _is_roster_row)


#: A row of a news agency's schedule of the day: a clock time with its
#: word (``Uhr``, ``h``, ``a.m.``) or a place and a colon after it, then
#: what happens (``10.30 Uhr Kelbach: Sitzung des Stadtrats``, ``14h30,
#: Brivaux : conseil municipal``, ``9:30 a.m. Council meets``); a bare time
#: and a headline (``14:05 Storm cuts power``) is a page's list of the
#: latest stories.
SCHEDULE_ROW = lazy_compile(
    r"(?:[01]?\d|2[0-3])[.:h][0-5]\d(?:\s?(?:Uhr|h|a\.m\.|p\.m\.|horas)\s?[-–—:,]?\s\p{Lu}"
    r"|,?\s\p{Lu}[\p{L}.'’-]{1,30}(?:[ -]\p{Lu}[\p{L}.'’-]{1,30}){0,2}\s?:\s\S)"
)
#: The most words of a row of a schedule.
_SCHEDULE_ROW_MAX_WORDS: Final = 24


def _is_schedule_row(c: Candidate) -> bool:
    """Whether *c* is one row of a schedule (:func:`in_schedule`)."""
    m = c.match
    return (
        c.words <= _SCHEDULE_ROW_MAX_WORDS
        and len(c.lines) == 1
        and m[:1].isdigit()
        and SCHEDULE_ROW.match(m) is not None
    )


def in_schedule(state: State, i: int) -> bool:
    """Whether block *i* is a row of a schedule of the day, one event a line.

    An agency's daybook (dpa's ``Termine``, a regional desk's preview) lists
    the day's events one a line, each opening with its clock time:
    ``Politik`` / ``10.00 Uhr Kelbach: Sitzung des Stadtrats`` / ``11.30 Uhr
    Mühlheim: Besuch der Ministerin``.  The rows (:data:`SCHEDULE_ROW`) are
    short and no sentences, but they are the story's own matter: paragraphs,
    and the title over a group of them a subheading, not links to other
    stories.  A run of two rows or more is a schedule (a row of more words
    than a list of figures allows too); one row alone is not, nor a block
    the block rules claimed (a ``Posted 10:30 a.m.`` timestamp).
    """
    return _in_run_of_rows(state, i, _is_schedule_row)


#: A label of a box score's summary line, a short code in capitals or
#: figures and a colon or a dash, opening the line or a sentence of it
#: (``E: Roe.``, ``2B: Marsh 2``, ``LOB—Portvale 7``).
AGATE_LABEL = lazy_compile(r"(?:^|(?<=[.;] ))[\p{Lu}\d]{1,4}(?::\s?|—|--)\p{Lu}")
#: The fewest labels of a box score's summary line.
AGATE_MIN_LABELS: Final = 3


def is_agate_summary(c: Candidate) -> bool:
    """Whether the block is a box score's summary line, short labels and their values.

    Under a box score's line scores, sports copy sums the game up in one
    line of labels in capitals and their values (``WP: Roe. LP: Marsh. 2B:
    Finch 2. HR: Reyes (P).``, ``E—Roe. LOB—Portvale 7, Dover 5.``;
    :data:`AGATE_LABEL`).  It has no verb and capitalises every name, as a
    headline does, but it is the story's own matter: a paragraph.  At least
    :data:`AGATE_MIN_LABELS` labels make one; ``Q: ...`` alone does not.
    """
    m = c.match
    if ":" not in m and "—" not in m and "--" not in m:
        return False
    return len(AGATE_LABEL.findall(m)) >= AGATE_MIN_LABELS


#: An item of a list set with marks, one a block: ``- Post offices``, ``•
#: Public libraries``.
LIST_ITEM = lazy_compile(r"[-–—•*·▪●]\s\S")


def _heads_list(m: str, nxt: Candidate) -> bool:
    """Whether a title-like line *m* may head the list item *nxt* (:data:`LIST_ITEM`).

    A line that closes a quotation it never opened (``Mögliche`` /
    ``Koalitionen (weiter aktuell)»``) carries on the line above it, a
    wrapped item of the list: it heads nothing.
    """
    return (
        LIST_ITEM.match(nxt.match) is not None
        and m.count("«") == m.count("»")
        and m.count("“") == m.count("”")
    )


def _is_heading(state: State, i: int, links_inline: bool) -> bool:
    """Whether the title-like block *i* between paragraphs is a subheading.

    Subheadings are short and come before running text, or before a list of
    the story's own items set with marks (:data:`LIST_ITEM`): ``Closed`` /
    ``- City Hall`` / ``- Post offices`` / ``Open`` / ``- Parks and pools``.
    Pages that set
    related-story links between paragraphs set them as whole headlines, longer
    than a subheading; where a page has such links, a short title-like line
    set off by blank lines is taken as one of them too, unless it is in
    capitals or runs straight into the paragraph below it.
    """
    blocks = state.blocks
    c = blocks[i]
    quoted = is_quoted_title(c)
    if (c.words > HEADING_MAX_WORDS and not quoted) or is_labelled_link(c):
        return False
    nxt = next(
        (j for j in range(i + 1, len(blocks)) if blocks[j].kind is not BlockKind.FURNITURE), None
    )
    if (
        nxt is None
        or blocks[nxt].claimed
        or not (
            is_prose(blocks[nxt])
            or blocks[nxt].words > HEADING_MAX_WORDS
            or in_fact_box(state, nxt)
            or in_figure_list(state, nxt)
            or in_roster(state, nxt)
            or in_schedule(state, nxt)
            or speaks_a_turn(blocks[nxt])
            or _heads_list(c.match, blocks[nxt])
        )
    ):
        return False
    if not links_inline or quoted:
        return True
    core = _core(c.match)
    return core.isupper() or state.attached(i, i + 1)


#: Opening and closing marks of a title set wholly in quotation marks, as
#: they stand in a block's normalised text (``„...“`` reads ``"..."``).
_QUOTED_TITLE: Final = {'"': '"', "«": "»", "»": "«", "'": "'"}


def is_quoted_title(c: Candidate) -> bool:
    """Whether the title-like block *c* is set wholly in quotation marks.

    German, French and Spanish pages head a section with a quotation from it
    (``„Die Fähre bleibt“``, ``« Le bac reprendra lundi, quoi qu'il arrive »``),
    longer than a subheading of their own words may be; a related-story link
    is a headline, not a quotation.  The block opens with a mark, closes with
    the matching one, and holds no other mark of that kind; a line of
    dialogue (``"Do that. We will see."``) ends or breaks its sentences.
    """
    m = c.match
    close = _QUOTED_TITLE.get(m[:1])
    if close is None or len(m) < 3 or m[-1] != close:
        return False
    inner = m[1:-1].strip()
    return (
        m[0] not in inner
        and close not in inner
        and inner[-1:] not in SENTENCE_END
        and _INNER_SENTENCE_BREAK.search(inner) is None
    )


#: A label in capitals ending with a colon that heads what follows (``WHAT
#: SHE SAID:``, ``LO QUE DIJO:``, ``DIE REAKTIONEN:``).
_LABEL_END: Final = ":"


def _is_label(state: State, i: int) -> bool:
    """Whether block *i* is a short label in capitals ending with a colon.

    Between paragraphs, ``LO QUE DIJO:`` heads the quotations under it, as a
    subheading does; the colon that otherwise runs a line on into the next
    (:data:`RUNS_ON`) ends the label.  In copy set all in capitals (a
    daybook) the block after it is in capitals too, and the line is no label.
    """
    c = state.blocks[i]
    m = c.match
    nxt = state.blocks[i + 1].match if i + 1 < len(state.blocks) else ""
    # The mark and the case first: most blocks end otherwise.
    return (
        m.endswith(_LABEL_END)
        and c.words <= HEADING_MAX_WORDS
        and m[:1].isupper()
        and m.isupper()
        and not nxt.isupper()
        and not is_prose(c)
    )


#: The genre label that opens a link to another story (``Analysis: Why the
#: vote failed``, ``Opinion: Keep the pier``, ``Letters: Readers on the
#: pier``, ``Watch: ...``), in capitals too (``PHOTOS: ...``, ``WATCH:
#: ...``).  A subheading introduces the paragraphs under it and carries no
#: such label.
LINK_LABEL = lazy_compile(
    r"(?:Analysis|Opinion|Commentary|Op-?[Ee]d|Editorial|Letters|Watch|Video|Photos|Gallery|Read|"
    r"Interactive|Quiz|Poll|Explainer|Timeline|Live|Exclusive|Perspective|Review|"
    r"ANALYSIS|OPINION|COMMENTARY|OP-?ED|EDITORIAL|LETTERS|WATCH|VIDEO|PHOTOS|GALLERY|READ|"
    r"INTERACTIVE|QUIZ|POLL|EXPLAINER|TIMELINE|LIVE|EXCLUSIVE|PERSPECTIVE|REVIEW)\s?:\s"
)


#: A web address written out in a line (``http://``, ``https://`` or
#: ``www.`` before a host name): ``Logo - https://media.example.com/logo.jpg``.
WEB_ADDRESS: Final = lazy_compile(r"(?:\bhttps?://|\bwww\.)[\w-]")


def is_labelled_link(c: Candidate) -> bool:
    """Whether the title-like line *c* is a link by its form.

    It opens with a genre label (:data:`LINK_LABEL`): between paragraphs,
    ``Opinion: Why the harbour needs its pier`` is a link to another story,
    not a subheading of this one.  Or it holds a web address
    (:data:`WEB_ADDRESS`): a press release's ``Logo - https://media.example.com/
    logo.jpg`` or ``Photo - ...`` line points to a picture, and no subheading
    writes out an address.
    """
    core = _core(c.match)
    return LINK_LABEL.match(core + " ") is not None or (
        ("http" in core or "www." in core) and WEB_ADDRESS.search(core) is not None
    )


#: A count that opens a listed story's title, a figure or a number word, and
#: the next three words (``5 tips ...``, ``Five simple things ...``).
_LIST_COUNT: Final = lazy_compile(
    r"(?:\d{1,3}|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
    r"[Ee]leven|[Tt]welve|[Tt]wenty)\s((?:\p{L}{1,20}\s?){1,3})"
)
#: A teaser for another page: its topic, a colon and a verb calling on the
#: reader (``Traffic cameras: See conditions across the region``, ``School
#: closings: Check the full list``).
_TEASER: Final = lazy_compile(r"[^:]{2,40}:\s(?:See|Check|Watch|Read|Find|Get|Explore|Listen)\s")
#: The fewest words of a line that reads as another story's headline.
RELATED_HEADLINE_MIN_WORDS: Final = 4


def is_related_headline(state: State, i: int) -> bool:
    """Whether the title-like line *i* between paragraphs links to other content.

    A subheading introduces the paragraphs under it; a line that links to
    another story, a video or a gallery does not, and four conventions give
    it away (in mixed case, not a quotation; the word lists are English):

    * it calls on the reader (:func:`wireparse.lexicon.words` ``en``
      ``link_calls``): ``Watch the ferry dock at dawn``, ``Check out our
      harbour pictures``;
    * it is a listed story's title, a count and a plural noun
      (``listicle_nouns``): ``Five things to know about the harbour vote``;
    * it is a teaser, a topic, a colon and a verb calling on the reader
      (``Watch``, ``See``, ``Check``, ``Read``...): ``Road closures: See the latest on our map``; a
      subheading names the part of the story under it (``Next steps: a
      public hearing``) and does not address the reader;
    * it reads as a headline (:data:`RELATED_HEADLINE_MIN_WORDS` words or
      more) and the paragraph under it opens by pointing back
      (``back_references``): ``Storm closes two more piers`` set between
      ``The ferry stopped on Monday.`` and ``It was the third closure this
      year.``, where ``It`` carries on the paragraph above the line.

    A short label (``Skill gaps``) before a paragraph opening ``But it ...``
    stays a subheading, as does a line in capitals, one that opens with a
    quotation mark, and one that runs straight into the paragraph under it
    (no blank line between: a ranked list's ``2 (3) - Ada Finch`` over its
    entry).  Limits: a paragraph opening ``It`` may point to the subheading's
    own subject; such a subheading of four words or more is read as a link.
    """
    blocks = state.blocks
    c = blocks[i]
    core = _core(c.match)
    if core.isupper() or is_quoted_title(c) or c.match[:1] in QUOTE_CHARS:
        return False
    low = core.lower()
    if any(low == w or low.startswith(w + " ") for w in lexicon.words("en", "link_calls")):
        return True
    if ": " in core and _TEASER.match(core) is not None:
        return True
    m = _LIST_COUNT.match(core)
    if m is not None and not lexicon.words("en", "listicle_nouns").isdisjoint(m.group(1).split()):
        return True
    if c.words < RELATED_HEADLINE_MIN_WORDS or i + 1 >= len(blocks):
        return False
    nxt = blocks[i + 1]
    if nxt.claimed or not is_prose(nxt) or state.attached(i, i + 1):
        return False
    first = nxt.match.split(" ", 1)[0].strip("\"'“‘,").lower()
    return first in lexicon.words("en", "back_references")


def comments_section(state: State) -> None:
    """From a ``Comments`` heading on, the page is reader comments: furniture."""
    blocks = state.blocks
    start = next(
        (
            i
            for i, c in enumerate(blocks)
            if c.words <= _COMMENTS_MAX_WORDS
            and _COMMENTS_HINT.search(c.match) is not None
            and COMMENTS_START.fullmatch(c.match)
        ),
        None,
    )
    if start is None or not any(is_prose(c) for c in blocks[:start] if c.kind is None):
        return
    for c in blocks[start:]:
        if c.kind is None or c.kind in {BlockKind.TIMESTAMP, BlockKind.BYLINE}:
            c.claim(BlockKind.FURNITURE, "furniture.comments")


def join_dateline(state: State) -> None:
    """A dateline set alone on its line above the lead is joined to the lead.

    Some web copies set ``WASHINGTON (AP) —`` (or ``PORTVALE March 3, 2026
    (AP)``, or a press release's ``PORTVALE, Maine, March 3, 2026
    /PRNewswire/ --``) on a line of its own, the lead's first sentence on the
    next.  Among the first :data:`LEAD_SEARCH` unclaimed blocks, before any
    datelined one, the first one-line block that is a whole dateline
    (:func:`wireparse.metadata.datelines.match_dateline`) is joined to the block right
    after it when that block is unclaimed running text that starts like a
    sentence and opens with no dateline of its own: the two become one block,
    as if the dateline were written at the head of the lead, and so the lead
    paragraph (``paragraph.lead_dateline``) and the story's dateline.
    """
    blocks = state.blocks
    for i in _free(state)[:LEAD_SEARCH]:
        c = blocks[i]
        if len(c.lines) == 1 and c.words <= _DATELINE_ALONE_MAX_WORDS and _whole_dateline(c):
            if i + 1 < len(blocks) and _opens_lead(blocks[i + 1]):
                blocks[i : i + 2] = [_join(c, blocks[i + 1], dateline=True)]
            return
        if is_datelined(c):
            return


def join_dateline_row(state: State) -> None:
    """A dateline set alone on its line above a table's first row is joined to the row.

    Reuters sets the dateline of a results table alone on its line, the
    figures on the lines below, none of them a sentence::

        PORTVALE, March 3 -
        Shr 12 cts vs 9 cts
        Net 1,200,000 vs 950,000

    Where :func:`join_dateline` found no lead to join the dateline to, the
    first such one-line dateline among the first :data:`LEAD_SEARCH`
    unclaimed blocks is joined to the block right under it (no blank line
    between) when that block is an unclaimed short line that starts with a
    capital or a figure and opens with no dateline of its own: the row
    becomes the lead (``paragraph.lead_dateline``), and the story has its
    dateline.
    """
    blocks = state.blocks
    for i in _free(state)[:LEAD_SEARCH]:
        c = blocks[i]
        if len(c.lines) == 1 and c.words <= _DATELINE_ALONE_MAX_WORDS and _whole_dateline(c):
            if i + 1 < len(blocks) and state.attached(i, i + 1) and _opens_row(blocks[i + 1]):
                blocks[i : i + 2] = [_join(c, blocks[i + 1], dateline=True)]
            return
        if is_datelined(c):
            return


def _opens_row(c: Candidate) -> bool:
    """Whether *c* can be the first row of a table under a dateline."""
    first = c.match[:1]
    return (
        not c.claimed
        and (first.isupper() or first.isdigit())
        and c.words <= HEADLINE_MAX_WORDS
        and _dateline_body(c) < 0
    )


def _whole_dateline(c: Candidate) -> bool:
    """Whether the whole of *c* is a dateline."""
    return _dateline_body(c) >= len(c.match)


def _opens_lead(c: Candidate) -> bool:
    """Whether *c* can be a lead that a dateline set above it belongs to."""
    first = c.match[:1]
    return (
        not c.claimed
        and (first.isupper() or first.isdigit() or first in "\"'")
        and is_prose(c)
        and _dateline_body(c) < 0
    )


def _join(a: Candidate, b: Candidate, *, dateline: bool) -> Candidate:
    """One candidate of two next to each other, *a* first.

    :param dateline: Whether *a* is a dateline joined to its lead *b*
        (:attr:`Candidate.joined`).
    """
    return Candidate(
        a.start,
        b.end,
        a.lines + b.lines,
        a.first_line,
        b.last_line,
        f"{a.text} {b.text}",
        f"{a.match} {b.match}",
        words=a.words + b.words,
        joined=dateline,
    )


def join_contact(state: State) -> None:
    """A contact line that ends with its colon is joined to the name lines set under it.

    Bloomberg sets ``To contact the reporter on this story:`` on one line and
    the names and addresses on the next ones, with no blank line between; a
    press release sets its ``Media contact:`` so (``contact.release``).
    When the cutter has made them blocks of their own (``contact``, then
    ``contact.continued``), the lines that run straight on from the contact
    line are joined to it: one ``contact`` block, so that the credit read
    from it names the reporter or editors.  Lines set off by a blank line
    stay blocks of their own.
    """
    blocks = state.blocks
    i = 0
    while i < len(blocks) - 1:
        c = blocks[i]
        if c.rule in {"contact", "contact.release"} and c.match.endswith(":"):
            j = i + 1
            while (
                j < len(blocks)
                and blocks[j].rule == "contact.continued"
                and state.attached(j - 1, j)
            ):
                j += 1
            if j > i + 1:
                joined = c
                for nxt in blocks[i + 1 : j]:
                    joined = _join(joined, nxt, dateline=False)
                joined.claim(BlockKind.CONTACT, c.rule)
                blocks[i:j] = [joined]
        i += 1


#: The link an embedded post's text ends with: ``https://t.co/AbC123``,
#: ``pic.twitter.com/AbC123``.
POST_LINK_END = lazy_compile(r"(?:https?://t\.co/\w{1,20}|pic\.twitter\.com/\w{1,20})$")


def embed_text(state: State) -> None:
    """The text of an embedded post, set on its own above the post's attribution.

    A page that embeds a post shows its text, ending with the post's link,
    then the attribution (:data:`EMBED`) on the next line::

        Le bac reprend lundi, venez nombreux ! https://t.co/AbC123
        — Ville de Portvale (@portvale) March 3, 2026

    An unclaimed block right above an attribution line that opens with a
    dash, and ends with such a link (:data:`POST_LINK_END`), is the post's
    text: ``embed.text`` (furniture), not a paragraph of the story.
    """
    blocks = state.blocks
    for i in range(1, len(blocks)):
        c = blocks[i]
        if c.rule != "embed" or c.match[:1] not in "—–-":
            continue
        above = blocks[i - 1]
        if not above.claimed and tail_search(
            POST_LINK_END, above.match, _WORD_CHARS + "0123456789"
        ):
            above.claim(BlockKind.FURNITURE, "embed.text")


def repeated_headline(state: State) -> None:
    """A headline set twice at the top of a page: the story starts after the second.

    A page may show the headline, then a teaser or pull quote, then the
    headline again over the byline and the story::

        Neue Fähre für Bremen

        „Wir haben lange auf dieses Schiff gewartet.“

        Neue Fähre für Bremen

        Die neue Fähre fährt ab Montag zwischen den Ufern der Weser, ...

    Among the first :data:`LEAD_SEARCH` unclaimed blocks, when the first
    title-like one of three words or more is repeated word for word before
    any datelined block, and the running text between the two is pull
    quotes only (each opens with a quotation mark), the repeat is claimed
    as ``furniture.repeated_headline`` and the pull quotes as a standfirst
    (``standfirst.repeated_headline``, a highlight): the lead is looked for
    below the repeat.  A paragraph of the story's own words between them
    makes the second a subheading that happens to repeat the headline.
    """
    blocks = state.blocks
    free = _free(state)[:LEAD_SEARCH]
    head = next(
        (k for k, i in enumerate(free) if blocks[i].words >= 3 and is_titlelike(blocks[i])), None
    )
    if head is None:
        return
    title = blocks[free[head]].match
    for k in range(head + 1, len(free)):
        c = blocks[free[k]]
        if is_datelined(c):
            return
        if c.match == title:
            between = [j for j in free[head + 1 : k] if is_prose(blocks[j])]
            if any(blocks[j].match[:1] not in _PULL_QUOTE_OPEN for j in between):
                return
            c.claim(BlockKind.FURNITURE, "furniture.repeated_headline")
            for j in between:
                blocks[j].claim(BlockKind.HIGHLIGHT, "standfirst.repeated_headline")
            return


#: The marks a pull quote opens with, in a block's normalised text.
_PULL_QUOTE_OPEN: Final = "\"'«»"


#: The most words of a teaser standfirst (:func:`standfirst_question`).
_TEASER_MAX_WORDS: Final = 60


def standfirst_question(state: State) -> None:
    """A teaser under the headline that ends with a question is the standfirst.

    German and French news sites set a short teaser between the headline
    and the story that ends by asking the question the story answers::

        Neue Fähre für Bremen

        Die Stadt ersetzt die alte Fähre. Doch wer soll das bezahlen?

        Die neue Fähre fährt ab Montag zwischen den Ufern der Weser, ...

    The first running-text block, when it opens with no dateline, has at
    most 60 words (``_TEASER_MAX_WORDS``), ends with a question mark, has a
    title-like block above it and a longer running-text block right after
    it, is claimed as ``standfirst.question`` (a highlight): the lead is
    the block after it.  A question marked as an interviewer's (``Q. Who
    pays for the ferry?`` over ``A. The city pays ...``) is the first turn
    of a question-and-answer story, not a teaser.
    """
    blocks = state.blocks
    free = _free(state)
    first = next((k for k, i in enumerate(free) if is_prose(blocks[i])), None)
    if first is None or first + 1 >= len(free) or first == 0:
        return
    i, nxt = free[first], free[first + 1]
    c = blocks[i]
    if (
        c.words > _TEASER_MAX_WORDS
        or not c.match.rstrip(QUOTE_CHARS + ")] ").endswith("?")
        or is_datelined(c)
        or asks_an_interview_question(c)
        or not any(is_titlelike(blocks[k]) for k in free[:first])
        or not is_prose(blocks[nxt])
        or blocks[nxt].words <= c.words
    ):
        return
    c.claim(BlockKind.HIGHLIGHT, "standfirst.question")


def place_all(state: State) -> None:
    """Run the layout rules: find the lead, then place head and body."""
    lead = find_lead(state)
    if lead is None:
        _place_without_body(state)
        return
    place_head(state, lead)
    place_body(state, lead)
    _key_points_under_lead(state, lead)
    _heading_above_lead(state, lead)


#: The fewest marked items of a key-points box set under the lead.
_KEY_POINTS_MIN_ITEMS: Final = 2


def _key_points_under_lead(state: State, lead: int) -> None:
    """A box of the story's key points set right under the lead.

    Some pages set the box that sums the story up (:func:`_is_key_point`)
    not above the lead but right under it: ``Ada Finch was fined ...`` /
    ``Key points`` / ``• The fine is the largest this year`` / ``• She
    will appeal`` / the story goes on.  The label (:data:`KEY_POINTS_LABEL`)
    right after the lead, over at least :data:`_KEY_POINTS_MIN_ITEMS` items
    set with a mark (:data:`LIST_ITEM`) of at most
    :data:`_KEY_POINT_MAX_WORDS` words each, is the box's label
    (``furniture.key_points``) and the items the story's highlights
    (``highlight.key_points``), not a subheading over paragraphs.  A label
    further down the story heads a section of its own and is left alone.
    """
    blocks = state.blocks
    i = lead + 1
    if i >= len(blocks) or KEY_POINTS_LABEL.fullmatch(blocks[i].match) is None:
        return
    items: list[Candidate] = []
    for j in range(i + 1, len(blocks)):
        c = blocks[j]
        if c.kind is not BlockKind.PARAGRAPH or LIST_ITEM.match(c.match) is None:
            break
        if c.words > _KEY_POINT_MAX_WORDS:
            return
        items.append(c)
    if len(items) < _KEY_POINTS_MIN_ITEMS:
        return
    blocks[i].claim(BlockKind.FURNITURE, "furniture.key_points")
    for c in items:
        c.claim(BlockKind.HIGHLIGHT, "highlight.key_points")


#: The kinds of the header's own lines under which the first section of a
#: story may open with its subheading.
_HEADER_KINDS: Final = frozenset({BlockKind.HEADLINE, BlockKind.BYLINE, BlockKind.TIMESTAMP})


def _heading_above_lead(state: State, lead: int) -> None:
    """The first section's subheading, set right above the lead.

    A live page or a story run in sections heads every section, the first
    too: ``Marathon day`` / ``Updated 9:40 a.m.`` / ``Winner sets a course
    record`` / ``Ada Finch won in 2 hours ...`` / ``Roads reopen`` / ``Police
    began ...``.  When the body holds a subheading (``heading``), a short
    title-like line right above the lead, itself right under the headline,
    the byline or a timestamp, is the first section's subheading
    (``heading.above_lead``), not furniture of the page's header; so is
    one over a lead that is an item of a list set with marks (a live page's
    ``Key points`` / ``• Roads reopen at noon.``; :data:`LIST_ITEM`), as a
    title over such a list in the body is.  A line
    in brackets (a racing card's ``(Apprentices can claim)`` under a race's
    name) is a note to what stands above it, never a subheading.
    """
    blocks = state.blocks
    if lead < 2:
        return
    c = blocks[lead - 1]
    if (
        c.rule != "furniture.above_lead"
        or c.words > HEADING_MAX_WORDS
        or blocks[lead - 2].kind not in _HEADER_KINDS
        or c.match[:1] in "(["
        or not is_titlelike(c)
        or not (
            any(b.rule == "heading" for b in blocks[lead + 1 :])
            or _heads_list(c.match, blocks[lead])
            or _titles_live_entry(state, lead)
        )
    ):
        return
    c.claim(BlockKind.HEADING, "heading.above_lead")


#: A live page's entry time alone on its line: ``11:42 p.m.``, ``9:05 AM``,
#: ``14:20``, ``14.20 GMT``.
LIVE_ENTRY_TIME = lazy_compile(
    r"\d{1,2}[:.]\d{2}(?:\s?(?:[ap]\.m\.|[ap]m|[AP]M|[AP]\.M\.))?(?:\s\p{Lu}{2,4})?"
)


def _titles_live_entry(state: State, lead: int) -> bool:
    """Whether the lead opens a live page's first entry, under its time and title.

    A live page stamps each entry with its time and may give it a title:
    ``11:42 p.m.`` / ``First ballot boxes arrive`` / ``The first boxes
    reached ...`` / ``11:05 p.m.`` / ``Polls have closed ...``.  When the
    block two above the lead is such a time alone (:data:`LIVE_ENTRY_TIME`)
    and another stands in the body, the title-like line between the first
    time and the lead is the entry's title, a subheading, even when no
    other entry has one.
    """
    blocks = state.blocks
    return _is_entry_time(blocks[lead - 2]) and any(_is_entry_time(b) for b in blocks[lead + 1 :])


def _is_entry_time(c: Candidate) -> bool:
    """Whether the timestamp block *c* is a live entry's time alone (:data:`LIVE_ENTRY_TIME`)."""
    return c.kind is BlockKind.TIMESTAMP and LIVE_ENTRY_TIME.fullmatch(c.match) is not None


#: The fewest words of a sentence introducing what follows with a colon
#: that :func:`_is_feed_running_text` takes for running text.
_FEED_INTRO_MIN_WORDS: Final = 8


def _is_feed_running_text(c: Candidate) -> bool:
    """Whether *c*, above a feed story's lead, is running text.

    Prose, or a sentence of at least :data:`_FEED_INTRO_MIN_WORDS` words,
    not title-like, that introduces what follows with a colon (``Your
    morning look at the stories that will be talked about today:``).
    """
    if is_prose(c):
        return True
    return c.match[-1:] == ":" and c.words >= _FEED_INTRO_MIN_WORDS and not is_titlelike(c)


def _given_headline(state: State) -> Candidate | None:
    """The headline a feed's grammar gave the story before the layout, if any."""
    return next((c for c in state.blocks if c.kind is BlockKind.HEADLINE), None)


def _claim_second_title(c: Candidate, given: Candidate) -> None:
    """Claim the title-like block *c* the layout would take for a headline the story has.

    A story has one headline.  When a feed's grammar gave it (``^Harbour
    news at noon<``, ``$Ferry strike ends``), the title-like block the
    layout would take for the headline is the first title of the copy: a
    roundup's first item (``1. FERRY STRIKE ENDS IN KESTON``), the title
    line of an add (``SECOND ADD HARBOUR DATEBOOK FOR FRIDAY``), a
    subheading (``heading.second_title``); or, when it repeats the
    headline word for word, page furniture (``furniture.repeated_headline``).
    """
    if _title_words(c.match) == _title_words(given.text):
        c.claim(BlockKind.FURNITURE, "furniture.repeated_headline")
    else:
        c.claim(BlockKind.HEADING, "heading.second_title")


#: A word of a title, its marks left out (``Ferry``, ``2026`` in ``^Ferry
#: strike ends, 2026<``).
_TITLE_WORD = lazy_compile(r"[\p{L}\p{N}]+")


def _title_words(text: str) -> list[str]:
    """The words of a title, in lower case, its marks left out."""
    return _TITLE_WORD.findall(text.casefold())


def _place_without_body(state: State) -> None:
    """No running text at all: a headline if one fits, every other block a paragraph.

    When a feed's grammar gave the story its headline, every block is a
    paragraph: a list of headlines under the feed's headline is its items.
    """
    free = _free(state)
    if not free:
        return
    first = state.blocks[free[0]]
    rest = free
    if is_titlelike(first) and len(free) > 1 and _given_headline(state) is None:
        first.claim(BlockKind.HEADLINE, "headline")
        rest = free[1:]
    for i in rest:
        state.blocks[i].claim(BlockKind.PARAGRAPH, "paragraph.no_prose")


#: A CNN lead with its dashed tag (``PORTVALE, Examplia (CNN) --``).
_CNN_DASHED_LEAD = lazy_compile(r"[^\n]{0,60}\(CNN\)\s{0,3}--")
#: Quotation marks that show a block holds speech (``"We will rebuild," she said.``).
_SPEECH_MARKS: Final = frozenset('"“”«»')
#: Words that show a block reports speech: the finite forms of the English cue
#: verbs the speaker engine reads (``lexicon/en/cue_verbs.txt``: ``said``,
#: ``says``, ``told``, ``warned``), not the base forms that double as nouns (``the
#: final say``, ``a quick reply``) nor the ``-ing`` forms; and ``according``
#: (``according to the harbor master``).  Compared as written, in lower case.
_SPEECH_WORDS: Final = frozenset(
    w
    for w in lexicon.words("en", "cue_verbs")
    if not w.endswith("ing") and not ({w + "s", w + "es"} & lexicon.words("en", "cue_verbs"))
) | {"according"}
#: A word of letters, to look up in :data:`_SPEECH_WORDS` (``harbor``, ``said``).
_LETTERS = lazy_compile(r"\p{L}+")


def _reports_speech(text: str) -> bool:
    """Whether *text* holds a quotation mark or a speech word (``..., the mayor said.``)."""
    if any(c in _SPEECH_MARKS for c in text):
        return True
    return any(w in _SPEECH_WORDS for w in _LETTERS.findall(text))


#: How many blocks from the end an author box may open.
_AUTHOR_BOX_TAIL: Final = 6
#: An author box's social-media handle alone on its line: ``@adafinch``.
HANDLE_LINE = lazy_compile(r"@\w{1,30}")


def author_box(state: State) -> None:
    """The author box under a story: the byline's name again, its title and address.

    A newspaper site closes a story with a box about its author: the name
    given in the byline, alone on its line, then the author's title, an
    e-mail address or a handle, and often a sentence about the author::

        By Ada Finch | Staff Writer
        ...
        Ada Finch
        Staff Writer
        afinch@example.com

    Among the last six blocks, after the byline (a list of the story's tags
    under the box, ``Tags`` / ``Rodeo`` / ``Fair Board``, not counted:
    ``_tag_list_start``, :data:`TAG_LIST_LABEL`), a block that is one of the
    byline's names alone, or with the outlet or title after a comma (``Ada
    Finch, Portvale Courier``; ``_names_author``), is claimed as
    ``byline.author_box``, and so are the
    title lines right under it (:func:`wireparse.metadata.bylines.is_byline_continuation`);
    an e-mail address, a handle (``@adafinch``, :data:`HANDLE_LINE`) or a
    telephone number alone under them is ``contact.author_box``.  The
    story's byline is still the one above it.  Read after :func:`place_all`,
    which may have taken the name for a link and the title for a subheading.
    """
    blocks = state.blocks
    first = next((k for k, c in enumerate(blocks) if c.kind is BlockKind.BYLINE), None)
    if first is None:
        return
    byline = parse_byline(state.source[blocks[first].start : blocks[first].end])
    if byline is None or not byline.names:
        return
    names = {n.casefold() for n in byline.names}
    end = _tag_list_start(state)
    for i in range(max(first + 2, end - _AUTHOR_BOX_TAIL), len(blocks)):
        c = blocks[i]
        if c.kind is BlockKind.BYLINE or not _names_author(c, names):
            continue
        c.claim(BlockKind.BYLINE, "byline.author_box")
        for nxt in blocks[i + 1 :]:
            m = nxt.match.strip()
            if is_byline_continuation(m):
                nxt.claim(BlockKind.BYLINE, "byline.author_box")
            elif (
                EMAIL.fullmatch(m) is not None
                or HANDLE_LINE.fullmatch(m) is not None
                or PHONE.fullmatch(m) is not None
            ):
                nxt.claim(BlockKind.CONTACT, "contact.author_box")
            else:
                break
        return


#: The label over the list of a story's tags or topics at the foot of the
#: page: ``Tags``, ``Topics``, ``Related topics``, ``Read related topics:``,
#: ``Filed under:``.
TAG_LIST_LABEL = lazy_compile(
    r"(?:Tags|TAGS|Topics|TOPICS|Related\s+[Tt]opics|RELATED\s+TOPICS|Read\s+related\s+topics|"
    r"Filed\s+[Uu]nder|FILED\s+UNDER)\s?:?"
)
#: The most words of a tag under a :data:`TAG_LIST_LABEL`.
_TAG_MAX_WORDS: Final = 5


def _tag_list_start(state: State) -> int:
    """Where the list of the story's tags at the foot of the page starts, else the end.

    A page closes with the story's tags under their label (``Tags`` /
    ``Tamarack County`` / ``Rodeo``; :data:`TAG_LIST_LABEL`): furniture
    blocks of at most :data:`_TAG_MAX_WORDS` words to the end.  The author
    box stands above such a list.
    """
    blocks = state.blocks
    for k in range(len(blocks) - 1, -1, -1):
        c = blocks[k]
        if c.kind is not BlockKind.FURNITURE or c.words > _TAG_MAX_WORDS:
            return len(blocks)
        if TAG_LIST_LABEL.fullmatch(c.match.strip()) is not None:
            return k
    return len(blocks)


def _names_author(c: Candidate, names: set[str]) -> bool:
    """Whether block *c* is the byline's name alone, or with the title or outlet after a comma.

    An author box gives the name alone (``Ada Finch``) or as a byline with
    no ``By`` (``Ada Finch, Portvale Courier``, ``Ada Finch, Staff
    Writer``): names that are all the byline's (*names*, case-folded).
    """
    m = c.match.strip(" .")
    if m.casefold() in names:
        return True
    if "," not in m or c.words > _BYLINE_MAX_WORDS or m.split(",", 1)[0].casefold() not in names:
        return False
    box = parse_byline(m)
    return box is not None and bool(box.names) and all(n.casefold() in names for n in box.names)


def cnn_story_caption(state: State) -> None:
    """CNN story files: the photo caption set right after a ``(CNN) --`` lead.

    The story files of CNN's site (with ``@highlight`` lines at the end, and a
    lead opening ``CITY (CNN) --``) carry the lead photo's caption as the
    block after the lead: a short statement with no quotation and no
    attribution.  It is reclassified as a caption.
    """
    blocks = state.blocks
    if not any(c.kind is BlockKind.HIGHLIGHT for c in blocks):
        return
    lead = next((i for i, c in enumerate(blocks) if c.rule.startswith("paragraph.lead")), None)
    if lead is None or lead + 1 >= len(blocks):
        return
    if _CNN_DASHED_LEAD.match(blocks[lead].match) is None:
        return
    nxt = blocks[lead + 1]
    if (
        nxt.kind is BlockKind.PARAGRAPH
        and nxt.words <= PROSE_MIN_WORDS
        and nxt.match.count(". ") <= 1
        and not _reports_speech(nxt.match)
    ):
        nxt.claim(BlockKind.CAPTION, "caption.cnn_story")


def indented_rows(state: State) -> None:
    """In indented wire copy, short lines between and after paragraphs are rows of the story.

    Teleprinter copy (Reuters) opens each paragraph with an indent and carries
    no related-story links nor page furniture; the short lines it sets with
    the same indent are table rows and short paragraphs (``Net 1,200,000 vs
    950,000``, ``Maize nil (nil)``).  When the lead opens with an indent, and
    the copy is laid out so (no blank line after the lead, or an indented
    line runs on into unindented ones, or the lead had its dateline set alone
    above it joined on), a
    block below it that the layout took for a related link or trailing
    furniture (``furniture.related_link``, ``furniture.below_body``) and that
    opens with an indent too is a paragraph (``paragraph.row``); so is such a
    block taken for a subheading that holds a figure and is not in capitals
    (``Tankers 6.0 (5.2)`` above a sentence; ``RESULTS`` stays a heading).
    """
    blocks = state.blocks
    source = state.source
    lead = next((i for i, c in enumerate(blocks) if c.rule.startswith("paragraph.lead")), None)
    if lead is None or not _indented(source, blocks[lead].start):
        return
    attached = lead + 1 < len(blocks) and state.attached(lead, lead + 1)
    if not (attached or blocks[lead].joined) and not any(
        len(c.lines) > 1 and _indented(source, c.start) and not _indented(source, c.lines[1][0])
        for c in blocks
    ):
        return  # indented paragraphs set apart by blank lines: no teleprinter copy
    for c in blocks[lead + 1 :]:
        row = c.rule in {
            "furniture.related_link",
            "furniture.below_body",
            "paragraph.feed_line",
        } or (c.rule == "heading" and not c.match.isupper() and any(ch.isdigit() for ch in c.match))
        if row and _indented(source, c.start):
            c.claim(BlockKind.PARAGRAPH, "paragraph.row")


_SLUG_RULES: Final = frozenset(
    {
        "headline",
        "heading.second_title",
        "paragraph",
        "paragraph.row",
        "paragraph.feed_line",
        "furniture.related_link",
        "furniture.above_lead",
    }
)


def item_slugs(state: State) -> None:
    """In an ANPA roundup, the slug set above each item is a subheading.

    A roundup (``Here is the latest valley news``) runs several items, each
    under a one-line slug that names the topic and the reporter and ends with
    ANPA's quad-left mark: ``Ferry Fares, from Ann Vole, KXYZ<`` (the mark is
    a framing block of its own).  Every such line, TAB-indented like an ANPA
    paragraph and set right above a
    paragraph (framing aside), once the story has a headline above it, is a
    subheading (``heading.slug``): the first slug is read like the
    others, not as a second headline nor as a link.
    """
    if "<" not in state.source:
        return
    blocks = state.blocks
    seen_headline = False
    for i, c in enumerate(blocks):
        if c.kind is BlockKind.HEADLINE and not seen_headline:
            seen_headline = True
            continue
        if not (
            seen_headline
            and c.rule in _SLUG_RULES
            and len(c.lines) == 1
            and c.words <= HEADLINE_MAX_WORDS
            and state.source.startswith("<", c.end)
            and not ends_sentence(c.match)
            and _tab_indented(state.source, c.start)
        ):
            continue
        nxt = next((b for b in blocks[i + 1 :] if b.kind is not BlockKind.FRAMING), None)
        if nxt is not None and nxt.kind is BlockKind.PARAGRAPH:
            c.claim(BlockKind.HEADING, "heading.slug")


def _tab_indented(source: str, start: int) -> bool:
    """Whether the line holding offset *start* opens with a TAB (ANPA's paragraph indent)."""
    line_start = max(source.rfind("\n", 0, start), source.rfind("\r", 0, start)) + 1
    head = source[line_start:start]
    return "\t" in head and not head.strip(" \t")


def _indented(source: str, start: int) -> bool:
    """Whether the line holding offset *start* opens with spaces or a tab before it."""
    line_start = max(source.rfind("\n", 0, start), source.rfind("\r", 0, start)) + 1
    return start > line_start and not source[line_start:start].strip(" \t")


#: The layout rules, in the order they run.  Each places blocks the block rules left.
LAYOUT_RULES: tuple[Callable[[State], None], ...] = (
    join_contact,
    comments_section,
    repeated_lines,
    repeated_headline,
    join_dateline,
    join_dateline_row,
    release_dateline,
    embed_text,
    standfirst_question,
    place_all,
    author_box,
    cnn_story_caption,
    indented_rows,
)


#: The layout rules that change only blocks a block rule has given a name,
#: with that name: :func:`join_contact` joins ``contact.continued`` lines to
#: the contact line above, :func:`embed_text` reads the text above an
#: ``embed`` line.  :func:`classify` does not run one where no block has the
#: name (no layout rule of :data:`_KNOWN_LAYOUTS` gives either name).
_LAYOUT_NEEDS: Final[dict[Callable[[State], None], str]] = {
    join_contact: "contact.continued",
    embed_text: "embed",
}
#: The built-in layout rules (a format may add its own, which may name blocks anyhow).
_KNOWN_LAYOUTS: Final = frozenset((*LAYOUT_RULES, item_slugs))


#: What :func:`_offered` keeps for a rule table: the table, its word limits,
#: the bit, the strings (:attr:`Rule.needs`; those without an ``@``, then
#: those with one) and the word limit of each rule that needs some, and the
#: offers worked out so far.
_Offers = tuple[
    Sequence[Rule],
    list[int],
    list[tuple[int, tuple[str, ...], tuple[str, ...], int]],
    dict[tuple[str, int, int], list[tuple[RuleFunc, str]]],
]
#: The rules offered to a block, by rule table: see :func:`_offered`.
_OFFERED: dict[int, _Offers] = {}
#: The most rule tables whose offers are kept (a format's preset is one).
_OFFERED_TABLES: Final = 16


def _offered(rules: Sequence[Rule]) -> _Offers:
    """The rules' word limits, sorted, what rules need, and the offers worked out so far.

    Which rules a block is offered depends on its first character (a rule
    with opening patterns is asked only about blocks whose first character
    can open one), on which of the rules' ``max_words`` limits its word
    count is within and on which rules its story cannot need
    (:func:`_unneeded`): the list of them is worked out once for each such
    triple met, and kept with the table (while it lives; a few tables at
    most), not asked rule by rule for every block.
    """
    kept = _OFFERED.get(id(rules))
    if kept is None or kept[0] is not rules:
        if len(_OFFERED) >= _OFFERED_TABLES:
            _OFFERED.clear()
        needing = [
            (
                1 << k,
                tuple(need for need in rule.needs if "@" not in need),
                tuple(need for need in rule.needs if "@" in need),
                rule.max_words,
            )
            for k, rule in enumerate(rules)
            if rule.needs
        ]
        kept = (rules, sorted({rule.max_words for rule in rules}), needing, {})
        _OFFERED[id(rules)] = kept
    return kept


def _unneeded(
    source: str,
    needing: list[tuple[int, tuple[str, ...], tuple[str, ...], int]],
    fewest: int = 0,
) -> int:
    """The bits of the rules whose :attr:`Rule.needs` *source* holds none of.

    A rule whose ``max_words`` is below *fewest*, the fewest words of a
    block still to classify, is offered no block whatever its strings: its
    bit is set without a look (a story of long paragraphs is not searched
    for a byline's job titles).

    A soft hyphen or word joiner, left out of a block's matching text, may
    split a needed string in the source: a text holding one needs every rule.
    The strings with an ``@`` (``@highlight``, an embed's ``(@``) are looked
    for only in a text that holds an ``@``, which one scan for the character
    tells: news copy seldom holds one, and each string of two characters or
    more costs a scan of the whole text of its own.
    """
    if not needing or (not source.isascii() and ("\xad" in source or "\u2060" in source)):
        return 0
    unneeded = 0
    at = "@" in source
    for bit, needs, at_needs, max_words in needing:
        if max_words < fewest or (
            not any(need in source for need in needs)
            and not (at and any(need in source for need in at_needs))
        ):
            unneeded |= bit
    return unneeded


def classify(
    state: State,
    rules: Sequence[Rule] = BLOCK_RULES,
    layout_rules: Sequence[Callable[[State], None]] = LAYOUT_RULES,
) -> None:
    """Classify every block of *state* in place: block rules, then layout rules.

    :param state: The blocks of one story.
    :param rules: The block rules to try, in order (a format's preset).
    :param layout_rules: The layout rules to run, in order.
    """
    _, limits, needing, offered = _offered(rules)
    fewest = min((c.words for c in state.blocks if c.kind is None), default=0)
    unneeded = _unneeded(state.source, needing, fewest)
    openings = BLOCK_OPENINGS.of
    # The rule names of the blocks claimed so far, for _LAYOUT_NEEDS.
    claimed: set[str] = set()
    for i, c in enumerate(state.blocks):
        if c.kind is not None:
            claimed.add(c.rule)
            continue
        c.opens = openings(c.match)
        # The smallest limit the block is within (its word count <= limits[k]).
        key = (c.match[:1], bisect.bisect_left(limits, c.words), unneeded)
        table = offered.get(key)
        if table is None:
            first, words = c.match[:1], c.words
            table = [
                (rule.func, rule.name)
                for k, rule in enumerate(rules)
                if not unneeded >> k & 1 and words <= rule.max_words and rule.may_open(first)
            ]
            offered[key] = table
        for func, name in table:
            kind = func(state, i)
            if kind is not None:
                c.claim(kind, name)
                claimed.add(name)
                break
    known = True
    for layout in layout_rules:
        # A layout rule that reads only blocks a block rule named so is not
        # run when no block is (while only the built-in layout rules, which
        # give those names to no block, have run before it).
        needs = _LAYOUT_NEEDS.get(layout) if known else None
        if needs is None or needs in claimed:
            layout(state)
        known = known and layout in _KNOWN_LAYOUTS
