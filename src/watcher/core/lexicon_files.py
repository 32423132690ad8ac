"""The lexicon files shipped in ``lexicon/*.toml``: how they are read into ``Spec``s, the
scripts they are written in.

Kept apart from :mod:`watcher.core.cues`, which reads a text with them."""

from __future__ import annotations

import tomllib
import unicodedata
from functools import cache
from importlib import resources

from watcher.core.cue_words import MARKER_KEYS, PHRASE_KEYS, Spec
from watcher.core.cues_text import fold
from watcher.errors import ConfigError


def load_toml(text: str, origin: str) -> Spec:
    data = tomllib.loads(text)
    phrases = {k: tuple(data.get(k, ())) for k in PHRASE_KEYS}
    markers_raw = data.get("markers", {})
    # folded as the text's words are: a marker written with its accents ("będzie", "åpnet")
    # would otherwise never meet a word of the text (the phrase lists are folded by PhraseSet)
    markers = {k: tuple(fold(w)[0] for w in markers_raw.get(k, ())) for k in MARKER_KEYS}
    unknown = set(data) - set(PHRASE_KEYS) - {"markers"}
    if unknown:
        raise ConfigError(f"unknown lexicon section(s) {sorted(unknown)}", path=origin)
    return Spec(phrases, markers, bool(markers_raw.get("capitalised_nouns", False)))


_LATIN = frozenset({"LATIN"})
_SCRIPT_OF: dict[str, str] = {}  # a letter's script, by letter (bounded, like the fold tables)


def text_scripts(text: str) -> frozenset[str]:
    """The scripts of the letters of ``text`` ("LATIN", "CYRILLIC"), by the first word of each
    letter's Unicode name; ASCII text is Latin."""
    if text.isascii():
        return _LATIN
    out = set()
    for ch in set(text):
        script = _SCRIPT_OF.get(ch)
        if script is None:
            script = unicodedata.name(ch, "").split(" ")[0] if ch.isalpha() else ""
            if len(_SCRIPT_OF) < 65536:
                _SCRIPT_OF[ch] = script
        if script:
            out.add(script)
    return frozenset(out)


@cache
def builtin_specs() -> dict[str, Spec]:
    specs: dict[str, Spec] = {}
    root = resources.files("watcher.core").joinpath("lexicon")
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            specs[entry.name[:-5]] = load_toml(entry.read_text("utf-8"), entry.name)
    return specs
