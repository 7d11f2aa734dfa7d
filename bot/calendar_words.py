"""Month and weekday names, listed once for every module that reads or hides a date."""

from __future__ import annotations

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
SPANISH_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)  # fmt: skip
# As patterns, for a reading told "in may" or "en mayo".
MONTH = rf"(?:{'|'.join(MONTHS)})"
MONTH_OR_MES = rf"(?:{'|'.join(MONTHS + SPANISH_MONTHS)})"

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# As patterns, for a day told "on friday" or "el viernes" (accents optional).
WEEKDAY = rf"(?:{'|'.join(WEEKDAYS)})"
SPANISH_WEEKDAY = r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)"
