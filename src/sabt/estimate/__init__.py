"""sabt.estimate (see ARCHITECTURE.md)."""
