"""sabt.exchange: the case's evidence written out as tables and signed bundles, and read back in.

Kept free of heavy imports: `bundle_verify` must load on a machine with only this package, the
standard library and `cryptography`.
"""
