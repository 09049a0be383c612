"""A unit of measure after a figure: how big, hot, heavy or fast, never a skill.

"work on circuits up to 480 Volts", "service 200 amp services", "haul 80,000 lbs gross
loads", "80,000 BTU furnaces", "drums of 55 gallons", "26,000 pounds GVWR", "record
turbidity in NTU": the words a reader of shapes takes for a name ("Volts", "Amp
services", "Lbs gross loads", "BTU", "GVWR", "NTU") state a condition of the work.
The ask is the thing measured ("circuits", "furnaces", "Commercial driving"), read on
its own where a vocabulary names it; the unit and whatever the shape reader glued to
it go.

The rule is the grammar of a measure, with the units as a closed word class (those of
size, weight, power, pressure, heat, flow, speed and rate that trades, kitchens, clinics
and offices write), so it holds in any field:

- a name that opens with a unit right after a figure ("480 Volts", "20-amp breakers",
  "100 HP pumps"), or one made only of units and ratings after a figure and its unit
  ("26,000 pounds GVWR");
- a name made only of units after "in" that follows a measured quantity ("flow in
  GPM", "chlorine residual in ppm", "turbidity in NTU"): the quantity is read, the
  unit it is told in is not. "experience in PPM" stays the project office's skill.

A figure's name that is a skill stays: "3-phase motors", "4-20 mA signals" (read by
their own patterns), "10-key" and "OSHA 10" (no unit opens them), "typing at 45 WPM" (the
typing is the ask; "WPM" goes by ``noise.named_in_passing``'s older rule).
"""

from __future__ import annotations

import re

from tailor_app.tailoring.text import word_set

__all__ = ["a_measure", "is_unit"]

# Units of measure, lower-cased, singular and plural, with the ratings told as a
# figure's name ("GVWR", "SEER"): a closed class of words, none of them a skill.
_UNITS = word_set(
    "volt volts v vac vdc kv kva kvar amp amps ampere amperes psi psig psia bar kpa"
    " lb lbs pound pounds oz ounce ounces kg kgs kilogram kilograms gram grams g mg mcg"
    " ton tons tonne tonnes degree degrees deg °f °c fahrenheit celsius gallon gallons gal"
    " gpm gph mgd quart quarts qt liter liters litre litres l ml cc cfm fpm rpm hp"
    " horsepower kw kwh mw watt watts w btu btus btuh mbh ohm ohms hz hertz mph kph kmh"
    " km mile miles ft foot feet inch inches in yard yards meter meters metre metres cm mm"
    " sq sqft cubic ppm ppb ntu mg/l ml/min wpm keystrokes gvwr gcwr gvw seer"
    " decibel decibels db dba lux lumens")
# Words a unit may open that name something measured in it, no unit: "in" is a word
# of its own, "a", "l", "w", "v", "g" are letters.
_NOT_OPENING = word_set("in a l w v g bar db")
# A figure right before: "480 ", "26,000-", "1.5 ", "3/4-".
_FIGURE_BEFORE = re.compile(r"(?<![\w.])\d[\d,./]*\+?(?:[ \t]|[-–](?=\w))?[ \t]*\Z")
# A figure and its unit right before: "26,000 pounds ", "80,000 lb ".
_FIGURE_UNIT_BEFORE = re.compile(r"(?<![\w.])\d[\d,./]*\+?[ \t-]*([A-Za-z°/]+)[ \t]+\Z")
# A measured quantity, then "in": "flow in ", "chlorine residual in ", "readings in ".
_QUANTITY_IN = re.compile(
    r"\b(?:flow|flows|rate|rates|pressure|pressures|temperature|temperatures|weight"
    r"|weights|height|length|speed|speeds|level|levels|residual|residuals|concentration"
    r"|concentrations|turbidity|reading|readings|output|load|loads|volume|volumes"
    r"|distance|dose|doses|dosage|capacity|amperage|voltage|resistance)[ \t]+in[ \t]+\Z",
    re.IGNORECASE)
# Another unit listed right before: "flow in GPM and MGD", "in mg/L or ppm".
_UNIT_LISTED_BEFORE = re.compile(r"([A-Za-z°/]+)[ \t]*(?:,|and|or|/)[ \t]*\Z")
_WORD = re.compile(r"[\w°/.]+")
# Units whose letters in capitals are another field's acronym ("5+ ML models", "2 DB
# servers", "3 CM clients"): units only in their own spelling.
_OWN_SPELLING = {"ml": ("ml", "mL"), "cc": ("cc",), "cm": ("cm",), "mm": ("mm",),
                 "mg": ("mg",), "db": ("dB", "db"), "dba": ("dBA", "dba"), "g": ("g",),
                 "ml/min": ("ml/min", "mL/min"), "mg/l": ("mg/L", "mg/l")}


def is_unit(word: str) -> bool:
    """Is ``word`` a unit of measure (any case, "°F" included; "mL", never "ML")?"""
    low = word.casefold().rstrip(".")
    if low not in _UNITS:
        return False
    spellings = _OWN_SPELLING.get(low)
    return spellings is None or word.rstrip(".") in spellings


def _words(surface: str) -> list[str]:
    return _WORD.findall(surface.replace("-", " "))


def a_measure(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` open with a unit of measure told after a figure, or is
    it only units, told after a figure and its unit or after "<quantity> in"? It
    then states a condition of the work, never a skill (see the module's text)."""
    words = _words(text[start:end])
    if not words:
        return False
    if not is_unit(words[0]):
        return False
    first = words[0].casefold()
    before = text[max(0, start - 24):start]
    if first not in _NOT_OPENING and _FIGURE_BEFORE.search(before) is not None:
        return True
    if not all(is_unit(w) for w in words):
        return False
    m = _FIGURE_UNIT_BEFORE.search(before)
    if m is not None and is_unit(m.group(1)):
        return True
    m = _UNIT_LISTED_BEFORE.search(before)
    if m is not None and is_unit(m.group(1)) and m.group(1).casefold() not in _NOT_OPENING:
        # "flow in GPM and MGD": the unit before is judged, where it stands.
        at = start - len(before) + m.start(1)
        return a_measure(text, at, at + len(m.group(1)))
    return _QUANTITY_IN.search(text, max(0, start - 40), start) is not None
