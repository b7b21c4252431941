"""Where a word begins and ends, as regex fragments shared by the extraction rules.

The same two edges were typed again by hand in many modules, because the low-level rule
modules (attribution_fa, attribution_discourse) are imported by attribution_party, where
WORD_END was defined, and could not import it back. This module imports nothing, so any
module may take the edges from it.
"""

# Where a word ends: no letter and no zero-width joiner follows (punctuation or a digit may),
# so "گفت" ends no word in "گفت‌وگو" or "گفتند" but does in "گفت،".
WORD_END = r"(?![^\W\d_]|\u200c)"
# Where a Persian word may start: no character of the Arabic-script block and no zero-width
# joiner just before, so "را" starts no word in "مرا" but does in "او را".
NOT_AFTER_PERSIAN = r"(?<![\u0600-\u06FF\u200c])"
