"""Seeded generator of a realistic news-feed corpus for the benchmark.

Why generate instead of recording real feeds: the benchmark must be reproducible offline and
scalable (100 feeds for a smoke run, 1,000 or more for the real one), and its size must match what
``/work/shared/notes/performance.md`` measured (about 48 KB per feed of 30 items), because parsing
cost is proportional to bytes. So each feed is shaped like a real outlet's: RSS 2.0 (two thirds) or
Atom, English or German, HTML in descriptions, ``content:encoded``, ``dc:creator``/``dc:date``,
``media:content``/``media:thumbnail``, categories, GUIDs and links, RFC 822 / RFC 3339 dates.
About one item in twelve mentions something the benchmark's nine watches look for, with status
words ("cancelled", "abgesagt", "verschoben"...), so matching, clustering and alert decisions do
real work and are not skipped by an early "no match".

Two states per corpus: ``v0`` (every feed, 30 items) and ``v1``, where a seeded fraction of feeds
got ``k`` new items (the ``k`` oldest fall off, as real feeds keep a fixed window) and therefore a
new ETag and Last-Modified. The server serves ``v1`` for those feeds after ``/_advance``.

    python bench/gen.py --feeds 1000 --seed 1            # writes bench/corpus/n1000-s1-a10-k3/
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

BASE_TIME = datetime(2025, 10, 16, 12, 0, tzinfo=UTC)  # fixed: the corpus must not depend on today
ITEMS_PER_FEED = 30
CORPUS_ROOT = Path(__file__).resolve().parent / "corpus"

# --- vocabulary -------------------------------------------------------------------------------
# Watched subjects (the benchmark config has watches on these) and neutral filler subjects.
WATCHED_EN = [
    ("Putin", "the summit in Budapest"), ("Macron", "the state visit to Berlin"),
    ("Oktoberfest", "the opening of the Oktoberfest"), ("Wimbledon", "the Wimbledon final"),
    ("Starliner", "the Starliner launch"), ("Oasis", "the Oasis reunion concert"),
    ("Taylor Swift", "the Taylor Swift concert in Vienna"),
    ("Kim Jong Un", "the Kim Jong Un visit"),
    ("Formula 1", "the Formula 1 race in Monza"),
]
WATCHED_DE = [
    ("Putin", "der Gipfel in Budapest"), ("Macron", "der Staatsbesuch in Berlin"),
    ("Wiesn", "der Anstich auf der Wiesn"), ("Wimbledon", "das Wimbledon-Finale"),
    ("Starliner", "der Starliner-Start"), ("Oasis", "das Oasis-Comeback-Konzert"),
    ("Taylor Swift", "die Taylor-Swift-Konzerte in Wien"),
    ("Kim Jong-un", "der Besuch von Kim Jong-un"),
    ("Formel 1", "das Formel-1-Rennen in Monza"),
]
STATUS_EN = ["is cancelled", "has been postponed", "will go ahead as planned", "took place",
             "was called off", "is set for next week", "was delayed until spring"]
STATUS_DE = ["ist abgesagt", "wurde verschoben", "findet wie geplant statt", "hat stattgefunden",
             "ist vom Tisch", "ist für nächste Woche angesetzt", "wurde auf das Frühjahr vertagt"]
SUBJ_EN = ["The city council", "Local police", "The central bank", "A new study", "The government",
           "Hospital staff", "The football club", "Farmers", "The school board", "Rail operators",
           "Scientists", "The opposition", "Shop owners", "The museum", "Climate activists"]
VERB_EN = ["announced", "warned about", "debated", "approved", "rejected", "criticised",
           "welcomed", "reported on", "investigated", "presented"]
OBJ_EN = ["a new budget", "rising rents", "the tram extension", "higher interest rates",
          "a heatwave", "the election results", "new speed limits", "a data breach",
          "the housing shortage", "record tourist numbers", "delays on the main line",
          "a merger", "plans for a new stadium", "energy prices", "the pension reform"]
SUBJ_DE = ["Der Stadtrat", "Die Polizei", "Die Zentralbank", "Eine neue Studie", "Die Regierung",
           "Das Pflegepersonal", "Der Fußballverein", "Die Landwirte", "Die Schulbehörde",
           "Die Bahn", "Forschende", "Die Opposition", "Ladenbesitzer", "Das Museum",
           "Klimaaktivisten"]
VERB_DE = ["kündigte an", "warnte vor", "debattierte über", "genehmigte", "lehnte ab",
           "kritisierte", "begrüßte", "berichtete über", "untersuchte", "präsentierte"]
OBJ_DE = ["einen neuen Haushalt", "steigende Mieten", "die Verlängerung der Tramlinie",
          "höhere Zinsen", "eine Hitzewelle", "die Wahlergebnisse", "neue Tempolimits",
          "ein Datenleck", "die Wohnungsnot", "Rekordzahlen bei Touristen",
          "Verspätungen auf der Hauptstrecke", "eine Fusion", "Pläne für ein neues Stadion",
          "die Energiepreise", "die Rentenreform"]
FILLER_EN = ("Officials said further details would follow in the coming days. Critics argued that "
             "the decision came too late, while supporters pointed to the long preparation. "
             "The figures published on Tuesday show a mixed picture across the region.")
FILLER_DE = ("Weitere Einzelheiten sollen in den kommenden Tagen folgen. Kritiker bemängelten, der "
             "Entscheid komme zu spät, Befürworter verwiesen auf die lange Vorbereitung. Die am "
             "Dienstag veröffentlichten Zahlen zeigen ein gemischtes Bild in der Region.")
SECTIONS = ["politics", "world", "business", "sport", "culture", "science", "local", "tech"]
FIRST = ["Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hannah", "Jonas", "Lea",
         "Max", "Nina", "Paul", "Sarah", "Tom", "Ursula", "Yusuf", "Zoe"]
LAST = ["Meier", "Smith", "Keller", "Brown", "Fischer", "Jones", "Weber", "Taylor", "Schneider",
        "Wilson", "Huber", "Evans", "Wagner", "Roberts", "Becker"]
OUTLETS_EN = ["Daily Courier", "Morning Ledger", "City Herald", "Evening Post",
              "The Observer Online", "Metro News", "Valley Times", "National Wire"]
OUTLETS_DE = ["Tagesanzeiger Online", "Abendblatt", "Stadtkurier", "Neue Nachrichten",
              "Rundschau", "Landeszeitung", "Morgenpost", "Wochenecho"]


@dataclass(slots=True)
class GenItem:
    guid: str
    link: str
    title: str
    summary_html: str
    content_html: str
    author: str
    section: str
    published: datetime
    image: str


@dataclass(slots=True)
class GenFeed:
    index: int
    fmt: str  # "rss" | "atom"
    lang: str  # "en" | "de"
    title: str
    site: str
    items: list[GenItem] = field(default_factory=list)  # newest first

    @property
    def path(self) -> str:
        return f"/feeds/{self.index:05d}.xml"


def _sentence(rng: random.Random, lang: str) -> str:
    if lang == "de":
        return f"{rng.choice(SUBJ_DE)} {rng.choice(VERB_DE)} {rng.choice(OBJ_DE)}"
    return f"{rng.choice(SUBJ_EN)} {rng.choice(VERB_EN)} {rng.choice(OBJ_EN)}"


def _make_item(rng: random.Random, feed: GenFeed, serial: int, published: datetime) -> GenItem:
    """One article. The body sizes are tuned so that 30 items render to about 48 KB."""
    lang = feed.lang
    if rng.random() < 1 / 12:  # a watched subject with a status word
        name, event = rng.choice(WATCHED_DE if lang == "de" else WATCHED_EN)
        status = rng.choice(STATUS_DE if lang == "de" else STATUS_EN)
        title = f"{event[0].upper()}{event[1:]} {status}"
        lead = (f"{title}. Das bestätigten Sprecher am Abend; {name} äußerte sich zunächst nicht."
                if lang == "de" else
                f"{title}. Spokespeople confirmed this in the evening; {name} did not comment.")
    else:
        title = _sentence(rng, lang)
        lead = f"{title}. {_sentence(rng, lang)}. {_sentence(rng, lang)}."
    filler = FILLER_DE if lang == "de" else FILLER_EN
    section = rng.choice(SECTIONS)
    slug = f"{section}/{published:%Y/%m/%d}/article-{feed.index}-{serial}"
    link = f"https://{feed.site}/{slug}.html"
    image = f"https://img.{feed.site}/{published:%Y%m}/{feed.index}-{serial}.jpg"
    summary_html = (
        f'<p><img src="{image}" width="640" height="360" alt="" /></p>'
        f"<p><strong>{escape(lead)}</strong></p>"
        f'<p>{escape(filler.split(". ")[0])}. <a href="{link}?utm_source=rss">Read more</a></p>'
    )
    paragraphs = "".join(
        f"<p>{escape(_sentence(rng, lang))}. {escape(filler.split('. ')[1])}.</p>" for _ in range(1)
    )
    content_html = (
        f"<p><em>{escape(lead)}</em></p>{paragraphs}"
        f'<figure><img src="{image}" alt="" /></figure>'
    )
    return GenItem(
        guid=f"urn:uuid:{hashlib.md5(f'{feed.index}-{serial}'.encode()).hexdigest()}"
        if feed.fmt == "atom" or serial % 3 else link,
        link=link, title=title, summary_html=summary_html, content_html=content_html,
        author=f"{rng.choice(FIRST)} {rng.choice(LAST)}", section=section,
        published=published, image=image,
    )


def generate(n_feeds: int, seed: int) -> list[GenFeed]:
    """The ``v0`` state: ``n_feeds`` feeds of 30 items each, newest first."""
    feeds: list[GenFeed] = []
    for i in range(n_feeds):
        rng = random.Random(f"{seed}:{i}")
        lang = "de" if rng.random() < 0.4 else "en"
        fmt = "atom" if rng.random() < 1 / 3 else "rss"
        outlet = rng.choice(OUTLETS_DE if lang == "de" else OUTLETS_EN)
        feed = GenFeed(i, fmt, lang, f"{outlet} {i}", f"news{i}.example.org")
        t = BASE_TIME - timedelta(minutes=rng.randrange(0, 120))
        for serial in range(ITEMS_PER_FEED, 0, -1):
            feed.items.append(_make_item(rng, feed, serial, t))
            t -= timedelta(minutes=rng.randrange(10, 90))
        feeds.append(feed)
    return feeds


def advance(feeds: list[GenFeed], seed: int, fraction: float, k: int) -> list[GenFeed]:
    """The ``v1`` state of the chosen feeds: ``k`` new items on top, the ``k`` oldest dropped.

    Returns only the advanced feeds (copies). The choice and the new items depend on the seed.
    """
    rng = random.Random(f"{seed}:advance")
    chosen = sorted(rng.sample(range(len(feeds)), round(len(feeds) * fraction)))
    out = []
    for i in chosen:
        old = feeds[i]
        irng = random.Random(f"{seed}:{i}:advance")
        new = GenFeed(old.index, old.fmt, old.lang, old.title, old.site)
        t = old.items[0].published
        fresh = []
        for j in range(k):
            t += timedelta(minutes=irng.randrange(5, 30))
            fresh.append(_make_item(irng, new, ITEMS_PER_FEED + 1 + j, t))
        new.items = list(reversed(fresh)) + old.items[: ITEMS_PER_FEED - k]
        out.append(new)
    return out


# --- rendering ---------------------------------------------------------------------------------
def _rfc3339(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def render(feed: GenFeed) -> bytes:
    return (_render_atom if feed.fmt == "atom" else _render_rss)(feed).encode("utf-8")


def _render_rss(feed: GenFeed) -> str:
    updated = feed.items[0].published
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" '
        'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n',
        f"<title>{escape(feed.title)}</title>\n<link>https://{feed.site}/</link>\n",
        f'<atom:link href="https://{feed.site}/rss.xml" rel="self" type="application/rss+xml"/>\n',
        f"<description>Latest news from {escape(feed.title)}</description>\n",
        f"<language>{'de-CH' if feed.lang == 'de' else 'en-GB'}</language>\n",
        f"<lastBuildDate>{format_datetime(updated)}</lastBuildDate>\n<ttl>15</ttl>\n",
    ]
    for it in feed.items:
        perma = "true" if it.guid == it.link else "false"
        parts.append(
            "<item>\n"
            f"<title>{escape(it.title)}</title>\n<link>{it.link}</link>\n"
            f'<guid isPermaLink="{perma}">{it.guid}</guid>\n'
            f"<pubDate>{format_datetime(it.published)}</pubDate>\n"
            f"<dc:creator>{escape(it.author)}</dc:creator>\n"
            f"<dc:date>{_rfc3339(it.published)}</dc:date>\n"
            f"<category>{it.section}</category>\n"
            f"<description>{escape(it.summary_html)}</description>\n"
            f"<content:encoded><![CDATA[{it.content_html}]]></content:encoded>\n"
            f'<media:content url="{it.image}" medium="image" type="image/jpeg" width="1280" '
            'height="720"/>\n'
            f'<media:thumbnail url="{it.image}?w=320" width="320" height="180"/>\n'
            "</item>\n"
        )
    parts.append("</channel>\n</rss>\n")
    return "".join(parts)


def _render_atom(feed: GenFeed) -> str:
    updated = feed.items[0].published
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" '
        f'xml:lang="{feed.lang}">\n',
        f"<title>{escape(feed.title)}</title>\n<id>https://{feed.site}/</id>\n",
        f'<link href="https://{feed.site}/"/>\n<link rel="self" href="https://{feed.site}/atom.xml"/>\n',
        f"<updated>{_rfc3339(updated)}</updated>\n",
    ]
    for it in feed.items:
        parts.append(
            "<entry>\n"
            f'<title type="html">{escape(it.title)}</title>\n'
            f'<link rel="alternate" type="text/html" href="{it.link}"/>\n<id>{it.guid}</id>\n'
            f"<published>{_rfc3339(it.published)}</published>\n"
            f"<updated>{_rfc3339(it.published + timedelta(minutes=3))}</updated>\n"
            f"<author><name>{escape(it.author)}</name></author>\n"
            f'<category term="{it.section}"/>\n'
            f'<summary type="html">{escape(it.summary_html)}</summary>\n'
            f'<content type="html">{escape(it.content_html)}</content>\n'
            f'<media:content url="{it.image}" medium="image" type="image/jpeg"/>\n'
            f'<media:thumbnail url="{it.image}?w=320" width="320" height="180"/>\n'
            "</entry>\n"
        )
    parts.append("</feed>\n")
    return "".join(parts)


# --- corpus on disk ----------------------------------------------------------------------------
def corpus_dir(n_feeds: int, seed: int, fraction: float, k: int) -> Path:
    return CORPUS_ROOT / f"n{n_feeds}-s{seed}-a{round(fraction * 100)}-k{k}"


def _validators(body: bytes, when: datetime) -> tuple[str, str]:
    return f'"{hashlib.sha1(body).hexdigest()[:20]}"', format_datetime(when, usegmt=True)


def write_corpus(n_feeds: int = 1000, seed: int = 1, fraction: float = 0.1, k: int = 3,
                 out: Path | None = None) -> Path:
    """Write ``v0/``, ``v1/`` (advanced feeds only) and ``manifest.json``; reuse if present.

    The manifest carries, per feed, its path, format, language, validators of both states and
    the ground truth the runner needs (items in ``v0``, new items in ``v1``).
    """
    root = out or corpus_dir(n_feeds, seed, fraction, k)
    manifest_path = root / "manifest.json"
    if manifest_path.exists():
        return root
    (root / "v0").mkdir(parents=True, exist_ok=True)
    (root / "v1").mkdir(parents=True, exist_ok=True)
    feeds = generate(n_feeds, seed)
    advanced = {f.index: f for f in advance(feeds, seed, fraction, k)}
    entries, total = [], 0
    for f in feeds:
        body0 = render(f)
        total += len(body0)
        (root / "v0" / f"{f.index:05d}.xml").write_bytes(body0)
        etag0, lm0 = _validators(body0, f.items[0].published)
        entry = {"path": f.path, "file": f"{f.index:05d}.xml", "fmt": f.fmt, "lang": f.lang,
                 "title": f.title, "etag0": etag0, "lm0": lm0, "items0": len(f.items),
                 "advanced": f.index in advanced}
        if f.index in advanced:
            a = advanced[f.index]
            body1 = render(a)
            (root / "v1" / f"{f.index:05d}.xml").write_bytes(body1)
            entry["etag1"], entry["lm1"] = _validators(body1, a.items[0].published)
            entry["new1"] = k
        entries.append(entry)
    manifest = {"feeds_count": n_feeds, "seed": seed, "fraction": fraction, "k": k,
                "bytes_v0": total, "items_v0": n_feeds * ITEMS_PER_FEED,
                "new_items_v1": len(advanced) * k, "feeds": entries}
    tmp = manifest_path.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=1))
    tmp.replace(manifest_path)  # last: an interrupted run leaves no half corpus that looks whole
    return root


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--advance", type=float, default=0.1, help="fraction of feeds advanced in v1")
    ap.add_argument("--k", type=int, default=3, help="new items per advanced feed")
    ap.add_argument("--out", type=Path)
    a = ap.parse_args()
    root = write_corpus(a.feeds, a.seed, a.advance, a.k, a.out)
    m = json.loads((root / "manifest.json").read_text())
    print(f"{root}: {m['feeds_count']} feeds, {m['bytes_v0'] / 1e6:.1f} MB "
          f"({m['bytes_v0'] / m['feeds_count'] / 1e3:.1f} KB/feed), "
          f"{m['new_items_v1']} new items in v1")


if __name__ == "__main__":
    main()
