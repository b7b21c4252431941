"""Linkage defaults, in a module of their own so the CLI can show them without loading Splink."""

# Match probability above which a pair is reported and may join a cluster; chosen on the
# synthetic cross-script lists (best F1), see docs/linkage.md.
DEFAULT_THRESHOLD = 0.5
