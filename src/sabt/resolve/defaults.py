"""Linkage defaults, in a module of their own so the CLI can show them without loading Splink."""

# Match probability above which a pair is reported and may join a cluster. 0.4 gave the best
# mean cluster F1 on ten synthetic cross-script seeds the model was never tuned on (0.948 against
# 0.939 at 0.5) and on FEBRL4 (0.955 against 0.953); see docs/linkage.md, "The threshold".
DEFAULT_THRESHOLD = 0.4

# Where `sabt lists link` leaves a case's scored pairs (the web counts them without pandas).
LINKAGE_DIR = "linkage"
PAIRS_FILE = "pairs.csv"
# Pairs the model is this unsure about are offered for review (outside it, rarely worth a look).
REVIEW_BAND = (0.05, 0.95)
