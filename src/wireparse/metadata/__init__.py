"""Readers of an article's metadata.

Dates, agencies, bylines, credits, datelines and copyright notices are each
read by a module of their own; :mod:`wireparse.metadata.collect` gathers what
they read into the article's fields.
"""
