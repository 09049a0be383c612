"""A support desk's channels, listed: "answer calls, emails and chats", "work through a
queue of emails, live chats and the occasional phone call", "support members by phone,
email and chat".

A contact centre's posting names the work by the channels it comes in on, as plain
plural nouns, and each channel is a skill labellers list (Email support, Live chat,
Phone Support). The vocabulary reads "live chats" and "answer calls" where they stand
whole; the other channels of the same list were lost ("emails" alone names nothing).
A list is read only when it holds chats or tickets, the words of a support desk: an
office's "answer phones and emails" is reception work, and one plural alone ("send
emails") asks nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tailor_app.tailoring.posting.shared import SharedHit

__all__ = ["channel_hits"]

# One channel of a list, with the skill it names ("" for a channel no skill names).
_CHANNEL = (r"(?:(?:inbound|incoming|outbound|customer|member|guest|phone|live|web|written"
            r"|occasional|the[ \t]+occasional)[ \t]+)*"
            r"(?:calls?|e-?mails?|chats?|texts?|text[ \t]+messages|tickets?|voicemails?|phones?"
            r"|SMS|messages)")
_LIST = re.compile(
    rf"\b{_CHANNEL}(?:(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+|[ \t]*/[ \t]*)"
    rf"{_CHANNEL})+\b", re.IGNORECASE)
_ITEM = re.compile(r"(calls?|phones?|e-?mails?|chats?|tickets?)\b", re.IGNORECASE)
_SKILL = {"call": "Phone Support", "phone": "Phone Support", "email": "Email support",
          "e-mail": "Email support", "chat": "Live chat"}
_DESK = re.compile(r"\b(?:chats?|tickets?)\b", re.IGNORECASE)


def channel_hits(text: str, lookup: Callable[[str], Any]) -> list[SharedHit]:
    """Hits of the support skills a list of a desk's channels names, one per channel."""
    if "chat" not in text and "ticket" not in text and "Chat" not in text:
        return []
    out: list[SharedHit] = []
    for m in _LIST.finditer(text):
        if _DESK.search(m.group()) is None:
            continue
        first = len(out)
        for item in _ITEM.finditer(text, m.start(), m.end()):
            word = item.group(1).lower()
            word = word[:-1] if word.endswith("s") else word
            skill = lookup(_SKILL[word]) if word in _SKILL else None
            if skill is not None and all(h.skill is not skill for h in out[first:]):
                # The whole list is the hit's span, so that the list readers see one
                # named thing there, not three ("by phone, chat and email, logging and
                # closing cases": no lone "logging" of a list of things).
                out.append(SharedHit(skill, m.start(), m.end(), item.group()))
    return out
