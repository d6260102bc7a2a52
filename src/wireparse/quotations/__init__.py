"""The engine of quotations and speakers: its token table and its named rule tables.

:mod:`wireparse.quotations.tokens` tokenises an article body once;
:mod:`wireparse.quotations.rules` names, in order, the rules that decide
where a cue's source is, what a mention says and who a mention is.  Every
:class:`~wireparse.Quote` and :class:`~wireparse.Attribution`
records the names of the rules that chose its speaker.
"""
