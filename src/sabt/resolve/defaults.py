"""Linkage defaults, in a module of their own so the CLI can show them without loading Splink."""

# Match probability above which a pair is reported and may join a cluster; chosen on the
# synthetic cross-script lists (best F1), see docs/linkage.md.
DEFAULT_THRESHOLD = 0.5

# Where `sabt lists link` leaves a case's scored pairs (the web counts them without pandas).
LINKAGE_DIR = "linkage"
PAIRS_FILE = "pairs.csv"
# Pairs the model is this unsure about are offered for review (outside it, rarely worth a look).
REVIEW_BAND = (0.05, 0.95)
