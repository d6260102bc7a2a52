"""Quotations and speakers: who said what.

The stage reads the body paragraphs the structure stage found:

* :mod:`wireparse.quotations.quotes` pairs quotation marks, tells speech
  from scare quotes and titles, and runs the stage (:func:`analyse
  <wireparse.quotations.quotes.analyse>`);
* :mod:`wireparse.quotations.cues` finds attribution cues (``said``,
  ``according to``) and where their source stands;
* :mod:`wireparse.quotations.people` reads a mention (name, title, role,
  appositives) and resolves it to a person or organisation of the article;
* :mod:`wireparse.quotations.tokens` tokenises an article body once;
* :mod:`wireparse.quotations.rules` names, in order, the rules that decide
  where a cue's source is, what a mention says and who a mention is.  Every
  :class:`~wireparse.Quote` and :class:`~wireparse.Attribution` records the
  names of the rules that chose its speaker.
"""
