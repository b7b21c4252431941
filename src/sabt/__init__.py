"""sabt — an evidence mechanism for accountability for mass atrocities."""

__version__ = "0.1.0"
