"""Dates as written ("on Tuesday", "last week", "September 9") resolved against the publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MONTH_ABBR["sept"] = 9


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@lru_cache(maxsize=4096)  # a function of its words and days alone, asked again for each event
def resolve(text: str, published: date | None, future: bool = False) -> str | None:
    """The date a phrase names, as YYYY-MM-DD, YYYY-MM or YYYY; None when it names none we can place."""
    words = re.findall(r"[a-z]+|\d+", text.lower())
    if not words:
        return None
    year = next((int(w) for w in words if len(w) == 4 and w.isdigit() and 1900 < int(w) < 2100), None)
    month = next((_month(w) for w in words if _month(w)), None)
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31), None)
    if month:
        if year is None and published is not None:
            year = published.year
            if future and month < published.month:
                year += 1
            elif not future and month > published.month + 1:
                year -= 1
        if year is None:
            return None
        if day:
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                return f"{year:04d}-{month:02d}"
        return f"{year:04d}-{month:02d}"
    if published is None:
        return str(year) if year else None
    for i, weekday in enumerate(WEEKDAYS):
        if weekday in words:
            if "next" in words:
                future = True
            elif "last" in words:
                future = False
            return _weekday(published, i, future).isoformat()
    if "ago" in words:
        return _ago(words, published)
    if "yesterday" in words:
        return (published - timedelta(days=1)).isoformat()
    if "today" in words or "tonight" in words:
        return published.isoformat()
    if "tomorrow" in words:
        return (published + timedelta(days=1)).isoformat()
    if "month" in words:
        if "next" in words:
            return _shift_month(published, 1)
        if "last" in words or "previous" in words:
            return _shift_month(published, -1)
        if "this" in words or "later" in words or "earlier" in words:
            return f"{published.year:04d}-{published.month:02d}"
    if "week" in words:
        if "next" in words:
            d = published + timedelta(days=7)
        elif "last" in words or "previous" in words:
            d = published - timedelta(days=7)
        else:
            d = published
        return f"{d.year:04d}-{d.month:02d}"
    if "year" in words:
        if "next" in words:
            return str(published.year + 1)
        if "last" in words:
            return str(published.year - 1)
        if "this" in words:
            return str(published.year)
    if year:
        return str(year)
    return None


NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
BACK = {"earlier", "before", "prior"}
AHEAD = {"later", "after"}
DAY_BACK = {"previous"}  # "the previous day", but "the previous week" is the week before publication
DAY_AHEAD = {"next", "following"}
WITHIN = {"in", "during"}  # "earlier in the day": that very day
OTHER_UNITS = {"year", "years", "month", "months"}
DIRECTIONS = BACK | AHEAD  # the word after a DATE entity that belongs to it: "the day [before]"


@lru_cache(maxsize=4096)  # a function of its words and days alone, asked again for each event
def relative(text: str, anchor: date | None) -> str | None:
    """A day told from the last one the text named, not from publication: "a day earlier", "the day before",
    "two days later", "the next day", "the same day" (YYYY-MM-DD); "a week later" (YYYY-MM). None for any
    other phrase ("next week" is told from publication), or when there is no day to count from."""
    if anchor is None:
        return None
    words = re.findall(r"[a-z]+|\d+", text.lower())
    unit = next((w for w in words if w in ("day", "days", "week", "weeks")), None)
    if unit is None and "hours" in words and (BACK | AHEAD) & set(words):
        return anchor.isoformat()  # "hours earlier": the same day, as near as the text tells
    if unit is None or OTHER_UNITS & set(words):
        return None  # "a month to the day after"
    day_unit = unit.startswith("day")
    back, ahead = BACK | (DAY_BACK if day_unit else set()), AHEAD | (DAY_AHEAD if day_unit else set())
    if day_unit and ("same" in words or words[-2:] == ["that", unit] or WITHIN & set(words)):
        shift = 0
    elif back & set(words) or ahead & set(words):
        counts = [NUMBERS.get(w) or (int(w) if w.isdigit() and len(w) < 3 else None) for w in words]
        count = next((c for c in counts if c), 1)
        shift = (-1 if back & set(words) else 1) * count * (1 if day_unit else 7)
    else:
        return None
    day = anchor + timedelta(days=shift)
    return day.isoformat() if day_unit else f"{day.year:04d}-{day.month:02d}"


DAY_WORDS = {"yesterday", "today", "tonight", "tomorrow"}
SPAN_UNITS = {"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"}
COUNT_WORDS = set(NUMBERS) | {"eight", "nine", "ten", "several", "few", "half", "dozen"}
POINTING = {
    "ago",
    "earlier",
    "later",
    "before",
    "after",
    "next",
    "last",
    "previous",
    "following",
    "this",
    "same",
    "that",
}


@lru_cache(maxsize=4096)  # a function of its words and days alone, asked again for each event
def is_span(text: str) -> bool:
    """Whether a phrase of time measures a length rather than naming when: "a one-day visit", "21 days of talks",
    "more than two years", "a week-long visit", but not "two days later", "a week ago", "the same day"."""
    words = re.findall(r"[a-z]+|\d+", text.lower())
    return (
        bool(SPAN_UNITS & set(words))
        and any(w in COUNT_WORDS or w == "long" or (w.isdigit() and len(w) < 4) for w in words)  # "week-long"
        and not POINTING & set(words)
        and not any(_month(w) for w in words)
    )


@lru_cache(maxsize=4096)  # a function of its words and days alone, asked again for each event
def names_a_day(text: str) -> bool:
    """Whether a phrase of time names a day: "Sunday afternoon", "tonight", "the morning of 3 March"."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    if words & {"day", "hours"} and words & (BACK | AHEAD | {"same", "that"}):
        return True  # "later in the day", "hours earlier": a day told from the one named before
    return bool(words & (set(WEEKDAYS) | DAY_WORDS) or any(_month(w) for w in words))


def _ago(words: list, published: date) -> str | None:
    """ "two days ago" (a day), "a week ago" (its month), "three months ago" (a month), "two years ago" (a
    year): told back from publication."""
    counts = [NUMBERS.get(w) or (int(w) if w.isdigit() and len(w) < 3 else None) for w in words]
    count = next((c for c in counts if c), None)
    unit = next((w.rstrip("s") for w in words if w.rstrip("s") in ("day", "week", "month", "year")), None)
    if count is None:
        return None  # "several days ago", "hours ago": no day to tell
    if unit == "day":
        return (published - timedelta(days=count)).isoformat()
    if unit == "week":
        d = published - timedelta(days=7 * count)
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "month":
        return _shift_month(published, -count)
    if unit == "year":
        return str(published.year - count)
    return None


def _month(word: str) -> int | None:
    if word in MONTHS:
        return MONTHS.index(word) + 1
    return MONTH_ABBR.get(word) if len(word) in (3, 4) and word != "may" else None


def _weekday(published: date, weekday: int, future: bool) -> date:
    delta = (published.weekday() - weekday) % 7
    if future:
        ahead = (weekday - published.weekday()) % 7
        return published + timedelta(days=ahead or 7)
    return published - timedelta(days=delta)


def _shift_month(d: date, months: int) -> str:
    index = d.year * 12 + d.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"
