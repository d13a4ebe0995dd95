"""Numbers written as words, so every speaker (Alexa, espeak) says them the same way."""

from __future__ import annotations

_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen", "twenty"]
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}


def spoken_number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and 0 <= value < 100:
        if value < len(_WORDS):
            return _WORDS[value]
        tens, units = divmod(value, 10)
        return _TENS[tens] + (f" {_WORDS[units]}" if units else "")
    if isinstance(value, float) and (value * 2).is_integer() and 0 <= value < 100:
        return f"{spoken_number(int(value))} and a half"
    return str(value)


def spoken_days(n: int) -> str:
    return "one day" if n == 1 else f"{spoken_number(n)} days"
