"""The estimators `sabt estimate --method` offers."""

from enum import StrEnum


class Method(StrEnum):
    lcmcr = "lcmcr"
    loglinear = "loglinear"
    chapman = "chapman"
