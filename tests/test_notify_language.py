"""A notifier's ``language``: watcher's own words in the messages people read (kind, statuses,
sources, digest, test message) in English, German or French; the outlets' headlines as
written. The real renderers, the real config reader, the real sender over a real SQLite
outbox, and the real ``watcher test-notify`` command."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_notify_render import ZH, alert
from tests.test_notify_sender import Clock, Recorder, enqueue
from watcher.config import load_config
from watcher.errors import ConfigError
from watcher.notify.base import Message
from watcher.notify.render import WORDS, plain_text, status_word, subject, telegram_chunks
from watcher.notify.sender import Sender
from watcher.settings import MESSAGE_LANGUAGES, DaemonSettings, NotifierSettings, Settings
from watcher.store import SQLiteStore

CHANGE = alert("status_change", "Trump–Putin-Gipfel in Budapest", "cancelled", "planned", 3,
               "Gipfel ist vom Tisch", "https://nzz.ch/x")


def test_every_language_has_every_word() -> None:
    assert tuple(WORDS) == MESSAGE_LANGUAGES  # what the config accepts
    for words in WORDS.values():
        assert words.keys() == WORDS["en"].keys()


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "STATUS CHANGE [putin] Trump–Putin-Gipfel in Budapest: planned -> cancelled "
           "(3 sources)"),
    ("de", "STATUSÄNDERUNG [putin] Trump–Putin-Gipfel in Budapest: geplant -> abgesagt "
           "(3 Quellen)"),
    ("fr", "CHANGEMENT DE STATUT [putin] Trump–Putin-Gipfel in Budapest: prévu -> annulé "
           "(3 sources)"),
])
def test_a_status_change_in_each_language(language: str, expected: str) -> None:
    text = plain_text(Message.of([CHANGE], timezone=ZH, language=language))
    assert text.splitlines()[0] == expected
    assert "Gipfel ist vom Tisch — Reuters" in text  # the outlet's headline, as written


def test_telegram_html_and_email_subject_in_german() -> None:
    new = alert(status="held", sources=1)
    html = telegram_chunks(Message.of([new], timezone=ZH, language="de"))[0]
    assert "🆕 <b>Neues Ereignis</b> · <i>putin</i>" in html
    assert "Status: <b>findet statt</b> · 1 Quelle" in html
    assert subject(Message.of([CHANGE], language="de")) == (
        "[watcher] abgesagt: Trump–Putin-Gipfel in Budapest")
    assert subject(Message.of([new], language="fr")).startswith("[watcher] nouveau: ")


def test_a_digest_and_a_test_message_in_french() -> None:
    digest = Message.of([alert(), CHANGE], timezone=ZH, language="fr")
    assert plain_text(digest).startswith(
        "RÉCAPITULATIF: 2 alertes retenues pendant les heures de silence")
    assert "Récapitulatif" in telegram_chunks(digest)[0]
    assert plain_text(Message.for_test(language="fr")) == WORDS["fr"]["test"]


def test_a_german_digest_subject_keeps_its_noun() -> None:
    assert subject(Message.of([alert(), CHANGE], language="de")) == (
        "[watcher] Sammelmeldung: 2 Meldungen")


def test_a_status_this_version_does_not_know_is_shown_as_it_is() -> None:
    assert status_word("abandoned", "de") == "abandoned"
    assert status_word(None, "de") == "unbekannt"


def _config(tmp_path: Path, notifier: str) -> str:
    return (f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\n'
            '[[feed]]\nurl = "http://127.0.0.1:9/f.xml"\n'
            '[[watch]]\nname = "w"\nkeywords = ["x"]\n' + notifier)


@pytest.mark.parametrize("notifier", [
    '[notifier.chat]\ntype = "telegram"\ntoken = "123:abc"\nchat_id = "1"\nlanguage = "de"\n',
    '[notifier.mail]\ntype = "email"\nhost = "localhost"\nfrom = "w@example.org"\n'
    'to = ["me@example.org"]\nlanguage = "de"\n',
    '[notifier.out]\ntype = "console"\nlanguage = "de"\n',
])
def test_people_facing_notifiers_take_a_language(tmp_path: Path, notifier: str) -> None:
    settings = load_config(None, text=_config(tmp_path, notifier))
    assert settings.notifiers[0].language == "de"


def test_an_unknown_language_names_its_key_and_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(None, text=_config(tmp_path, '[notifier.out]\ntype = "console"\n'
                                                 'language = "es"\n'))
    message = str(caught.value)
    assert "notifier.out.language" in message and ":10:" in message and '"es"' in message


def test_a_webhook_takes_no_language(tmp_path: Path) -> None:
    # a webhook sends the alert JSON of DESIGN.md, which has no words of watcher's to translate
    with pytest.raises(ConfigError, match="language"):
        load_config(None, text=_config(tmp_path, '[notifier.hook]\ntype = "webhook"\n'
                                                 'url = "http://127.0.0.1:9/h"\n'
                                                 'language = "de"\n'))


async def test_the_sender_builds_each_notifiers_messages_in_its_language(
        tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "watcher.db")
    try:
        de, en = Recorder("de"), Recorder("en")
        settings = Settings(
            daemon=DaemonSettings(database=tmp_path / "watcher.db", timezone=ZH),
            notifiers=(NotifierSettings(name="de", type="console", language="de"),
                       NotifierSettings(name="en", type="console")))
        sender = Sender(settings, store, clock=Clock(), notifiers={"de": de, "en": en},
                        rng=random.Random(1))
        enqueue(store, "a1", ["de", "en"], status="cancelled", previous="planned")
        assert (await sender.deliver_due()).sent == 2
        assert [m.language for m in de.messages + en.messages] == ["de", "en"]
        assert "abgesagt" in plain_text(de.messages[0])
        await sender.test()
        assert [m.language for m in de.messages if m.test] == ["de"]
        # a reload that changes only the language keeps the notifier (and its backoff)
        built = sender.notifier("de")
        sender.reload(Settings(daemon=settings.daemon, notifiers=(
            NotifierSettings(name="de", type="console", language="fr"), settings.notifiers[1])))
        assert sender.notifier("de") is built
        enqueue(store, "a2", ["de"], event="e2", status="cancelled", previous="planned")
        await sender.deliver_due()
        assert de.messages[-1].language == "fr"
        await sender.aclose()
    finally:
        store.close()


def test_test_notify_speaks_the_notifiers_language(tmp_path: Path) -> None:
    config = tmp_path / "watcher.toml"
    config.write_text(_config(tmp_path, '[notifier.out]\ntype = "console"\nlanguage = "de"\n'),
                      encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "watcher", "--config", str(config),
                           "test-notify"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert WORDS["de"]["test"] in done.stdout
