"""sabt.text: reading Persian, Arabic and Latin script alike (docs/persian-text.md).

- `normalise`: spellings folded for search, Persian tidied for storage, `script_of`;
- `names`: cross-script name keys and similarity (with `name_parts`, `skeleton`);
- `dates`: dates in Gregorian, Solar Hijri and Hijri calendars as ranges (with `calendars`,
  `date_words`, `date_reading`, `date_patterns`, `date_years_fa`);
- `numbers`: quantities with their hedges (with `number_words`).

Import from the modules; this package imports nothing, so using one part stays cheap.
"""
