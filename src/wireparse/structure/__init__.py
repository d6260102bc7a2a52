"""Classifying blocks: the block rule table and the layout rules."""
