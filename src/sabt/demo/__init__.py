"""The demo case's sample material: documents to ingest and synthetic victim lists to link.

Everything here was written for the sabt demo. The documents restate publicly reported facts in
the project's own words, with every figure attributed to whoever asserts it; the victim names and
the lists are invented. Nothing here is evidence, and nothing here should be cited as a source.
"""
