"""Outputs of a parsed article: the dict and JSON forms, NITF XML and the HTML view."""
