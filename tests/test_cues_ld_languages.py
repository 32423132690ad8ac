"""Czech and Slovak (session 37, helper A): the first outlet to report a change may write in
Czech or Slovak.

The lexicons (``core/lexicon/cs.toml``, ``core/lexicon/sk.toml``, each with its own spellings)
were written from the vocabulary of Czech and Slovak news before any data in those languages was
labelled. The probes below are headlines and summaries written for them in the style of Czech and
Slovak outlets, about real events. Figures (how many read right, at their first reading):

- developed half (``DEVELOPED_CS``, ``DEVELOPED_SK``: 93 probes, 46 Czech and 47 Slovak, in
  four rounds): 37 of 40 ("se letos neuskuteční" and "sa tento rok neuskutoční" put a word
  between the clitic and its verb, and "rok" before the cue read as "a year after": another
  event; "Ministr zdravotnictví odvolán" read cancelled, as event_bound is compared with the
  phrase as written, see the lexicons' headers), 20 of 20, then 21 of 25 (the reflexive present
  "se ruší", "sa ruší" read nothing; "Stávka pokračuje i ve středu" read planned: under_way now
  keeps it held), then 8 of 8 (but "ruské jednotky dorazili k Charkovu", first labelled held,
  is no event: relabelled None, "dorazil" bound to an event noun); all 93 after;
- checked half (``CHECKED_CS``, ``CHECKED_SK``: 50 probes, 25 a language, read once before any
  change they prompted): Czech 21 of 25, Slovak 21 of 25, 42 of 50 (a meeting and a visit bound
  to an event noun: "Babiš se setkal s Orbánem", "Fico sa stretol s Orbánom", "Pellegrini
  pricestuje vo štvrtok do Kyjeva"; a league match with no event noun: "Sparta porazila Plzeň
  2:1 a vede ligu", "Slovan porazil Trnavu"; "Zeman vyhlásil termín prezidentských voleb" and a
  march that "projde" read nothing; "do 20 rokov" read as "years ago"); all 50 after the fixes
  those eight showed.

"-" stands for no change of status: none, or planned (a denial or a hedge is no change).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.cues import Lexicon
from watcher.core.features import features
from watcher.core.match import WatchMatcher
from watcher.core.params import Params
from watcher.core.slavic import slavic_form
from watcher.core.text import STOPWORDS_BY_LANG, fold
from watcher.models import Item
from watcher.normalize import guess_lang
from watcher.settings import WatchSettings

LEX = Lexicon.builtin()
WHEN = datetime(2025, 10, 16, tzinfo=UTC)

DEVELOPED_CS = [
    ("Koncert Rolling Stones v Praze zrušen", "", "cancelled"),
    ("Colours of Ostrava se letos neuskuteční", "Festival se vrátí v příštím roce.", "cancelled"),
    ("Zápas Sparta - Slavia odložen kvůli bouřce", "", "postponed"),
    ("Prezidentské volby se uskuteční 13. a 14. ledna", "", "planned"),
    ("Summit NATO v Praze začal v pátek", "", "held"),
    ("Stávka lékařů přerušena, odbory jednají s vládou", "", "postponed"),
    ("Koncert nebyl zrušen, proběhne podle plánu", "", "-"),
    ("Festival v Brně může být zrušen", "", "-"),
    ("Pořadatelé popírají, že by Rock for People byl zrušen", "", "-"),
    ("Odbory hrozí generální stávkou", "", "-"),
    ("Mistrovství světa v hokeji skončilo",
     "Závěrečný ceremoniál se konal v neděli v O2 areně.", "held"),
    ("Taylor Swift zahraje v Praze dva koncerty v srpnu", "", "planned"),
    ("Soud odročil jednání ve věci Čapí hnízdo", "", "postponed"),
    ("Tisíce lidí demonstrovaly na Václavském náměstí proti vládě", "", "held"),
    ("Po loňském zrušení se festival vrací do Pardubic",
     "Letošní ročník se uskuteční v červenci.", "planned"),
    ("Babiš vyhrál parlamentní volby", "", "held"),
    ("Piloti ČSA odvolali stávku po dohodě s vedením", "", "cancelled"),
    ("Ministr zdravotnictví odvolán", "", None),
    ("Pražský maraton přesunut na podzim", "", "postponed"),
    ("Sněmovna zrušila zákon o EET", "", None),
    # second round
    ("Vláda zvažuje zrušení oslav 17. listopadu", "", "-"),
    ("Zpěvák Karel Gott koncert v Lucerně odřekl kvůli nemoci", "", "cancelled"),
    ("Olympijské hry v Tokiu odloženy o rok", "", "postponed"),
    ("Sjezd ODS se bude konat v Praze 18. ledna", "", "planned"),
    ("Hokejisté porazili Švýcarsko a slaví titul mistrů světa",
     "Finále se hrálo v neděli v Praze.", "held"),
    ("Pražský Majáles se konal za účasti deseti tisíc studentů", "", "held"),
    ("Poté, co byl loni zrušen, se Signal festival vrací",
     "Letošní ročník proběhne v říjnu.", "planned"),
    ("Pořadatelé vylučují, že by Rock for People odložili", "", "-"),
    ("Pochod Prahou pro Ukrajinu se neuskutečnil, policie ho zakázala", "", "cancelled"),
    ("Premiér Fiala navštíví příští týden Washington", "", "planned"),
    # third round: the reflexive present ("se ruší"), an occasion under way
    ("Koncert Lucie v Edenu se ruší, vstupné bude vráceno", "", "cancelled"),
    ("Festival Metronome se přesouvá na září", "", "postponed"),
    ("Utkání Plzně s Baníkem bylo přerušeno kvůli rasismu", "", "postponed"),
    ("Vstupenky na koncert Eda Sheerana v Praze jsou vyprodány", "", "planned"),
    ("Stávka učitelů pokračuje i ve středu", "", "held"),
    ("Hrozí zrušení Velké pardubické, varují pořadatelé", "", "-"),
    ("Vláda chce zrušit oslavy Dne vítězství", "", "-"),
    ("Prezident Pavel přijal v Lánech slovenskou prezidentku", "", None),
    ("Letošní ročník Signal festivalu bude mít nový termín", "", "postponed"),
    ("Plánovaný koncert skupiny Kabát v Ostravě se neuskuteční", "", "cancelled"),
    ("Sjezd ANO proběhne v sobotu v Praze", "", "planned"),
    ("Zasedání vlády se uskuteční výjimečně ve středu", "", "planned"),
    ("Pochod za Ukrajinu prošel centrem Prahy", "", "held"),
    # fourth round: a festival that "breaks out", a show visited, an arrival
    ("Festival Colours of Ostrava vypukne ve středu", "", "planned"),
    ("Výstavu Muchovy Epopeje navštívilo 200 tisíc lidí", "", "held"),
    ("Papež dorazí do Bratislavy v neděli", "", "planned"),
    ("Inflace vypukne naplno na podzim, varují ekonomové", "", None),
]

DEVELOPED_SK = [
    ("Koncert Rolling Stones v Bratislave zrušený", "", "cancelled"),
    ("Festival Pohoda sa tento rok neuskutoční",
     "Organizátori sa vrátia budúci rok.", "cancelled"),
    ("Zápas Slovan - Trnava odložený pre búrku", "", "postponed"),
    ("Prezidentské voľby sa uskutočnia 23. marca", "", "planned"),
    ("Summit V4 v Bratislave sa začal v piatok", "", "held"),
    ("Štrajk lekárov prerušený, odbory rokujú s vládou", "", "postponed"),
    ("Koncert nebol zrušený, uskutoční sa podľa plánu", "", "-"),
    ("Festival v Košiciach môže byť zrušený", "", "-"),
    ("Organizátori popierajú, že by Pohoda bola zrušená", "", "-"),
    ("Odbory hrozia generálnym štrajkom", "", "-"),
    ("Majstrovstvá sveta v hokeji sa skončili", "Záverečný ceremoniál sa konal v nedeľu.", "held"),
    ("Ed Sheeran zahrá v Bratislave v auguste", "", "planned"),
    ("Súd odročil pojednávanie v kauze Kuciak", "", "postponed"),
    ("Tisíce ľudí protestovali na Námestí SNP proti vláde", "", "held"),
    ("Po minuloročnom zrušení sa festival vracia do Trenčína",
     "Tohtoročný ročník sa uskutoční v júli.", "planned"),
    ("Fico vyhral parlamentné voľby", "", "held"),
    ("Rušňovodiči odvolali štrajk po dohode s vedením", "", "cancelled"),
    ("Minister zdravotníctva odvolaný", "", None),
    ("Bratislavský maratón presunutý na jeseň", "", "postponed"),
    ("Parlament zrušil zákon o RTVS", "", None),
    # second round
    ("Eurovízia: Slovensko sa tento rok nezúčastní", "", None),
    ("Koncert Elánu v Košiciach zrušili pre zlé počasie", "", "cancelled"),
    ("Olympijské hry v Tokiu odložené o rok", "", "postponed"),
    ("Snem strany Smer sa uskutoční v Bratislave 18. januára", "", "planned"),
    ("Hokejisti porazili Fínsko a postúpili do finále", "Zápas sa hral v Prahe.", "held"),
    ("Protest proti vláde sa konal na Námestí SNP, prišli desaťtisíce ľudí", "", "held"),
    ("Po minuloročnom zrušení sa Pohoda vracia",
     "Festival sa uskutoční v júli na letisku v Trenčíne.", "planned"),
    ("Organizátori vylučujú, že by festival odložili", "", "-"),
    ("Pochod za Ukrajinu sa neuskutočnil, polícia ho zakázala", "", "cancelled"),
    ("Premiér Fico navštívi budúci týždeň Peking", "", "planned"),
    # third round: the reflexive present ("se ruší"), an occasion under way
    ("Festival Pohoda sa presúva na august", "", "postponed"),
    ("Koncert Elánu v Prešove sa ruší, vstupné vrátia", "", "cancelled"),
    ("Vstupenky na koncert Metallicy sú vypredané", "", "planned"),
    ("Štrajk učiteľov pokračuje aj v stredu", "", "held"),
    ("Hrozí zrušenie Tour de Slovakia, varujú organizátori", "", "-"),
    ("Vláda chce zrušiť oslavy SNP v Banskej Bystrici", "", "-"),
    ("Tohtoročný ročník festivalu bude mať nový termín", "", "postponed"),
    ("Plánovaný koncert Kristíny v Žiline sa neuskutoční", "", "cancelled"),
    ("Snem SaS sa uskutoční v sobotu v Trnave", "", "planned"),
    ("Pochod za Ukrajinu prešiel centrom Bratislavy", "", "held"),
    ("Prezident Pellegrini prijal v Prezidentskom paláci českého prezidenta", "", None),
    ("Zápas Slovana s Trnavou bol prerušený pre dážď", "", "postponed"),
    # fourth round: a festival that "breaks out", a show visited, an arrival
    ("Festival Pohoda vypukne vo štvrtok na letisku v Trenčíne", "", "planned"),
    ("Výstavu v Slovenskej národnej galérii navštívilo 50 tisíc ľudí", "", "held"),
    ("Pápež dorazil na návštevu Slovenska", "", "held"),
    ("Vojna na Ukrajine: ruské jednotky dorazili k Charkovu", "", None),
]

CHECKED_CS = [
    ("Letní festival Rock for People zrušen kvůli pandemii", "", "cancelled"),
    ("Koncert Metallicy v Letňanech se nakonec uskuteční", "", "planned"),
    ("Stávka železničářů začala v pondělí ve čtyři ráno", "", "held"),
    ("Odbory hrozí, že stávku vyhlásí už v březnu", "", "-"),
    ("Ministerstvo popírá, že by byl veletrh odložen", "", "-"),
    ("Zlatá Praha: finále se odehraje v sobotu v O2 areně", "", "planned"),
    ("Volby do Evropského parlamentu proběhly bez problémů",
     "Volební účast byla 36 procent.", "held"),
    ("Soud v kauze Vrbětice odročil líčení na červen", "", "postponed"),
    ("Pražský Pride se konal za účasti desítek tisíc lidí", "", "held"),
    ("Velká cena Brna v motocyklech se letos nepojede",
     "Pořadatelé akci zrušili kvůli financím.", "cancelled"),
    ("Babiš se setkal s Orbánem v Budapešti", "", "held"),
    ("Premiér Fiala přiletí ve čtvrtek do Kyjeva", "", "planned"),
    ("Česká národní banka ponechala sazby beze změny", "", None),
    ("Koncert Kabátů nebude zrušen, potvrdili pořadatelé", "", "-"),
    ("Karlovarský filmový festival zahájil 57. ročník", "", "held"),
    ("Mistrovství Evropy v atletice v Praze bylo přesunuto na příští rok", "", "postponed"),
    ("Kvůli povodním byl zrušen i Dýchánek v Ostravě", "", "cancelled"),
    ("Sparta porazila Plzeň 2:1 a vede ligu", "", "held"),
    ("Summit EU v Praze se uskuteční v říjnu", "Lídři se sejdou na Pražském hradě.", "planned"),
    ("Vláda schválila rozpočet na příští rok", "", None),
    ("Ples v Opeře se letos nekoná", "", "cancelled"),
    ("Demonstrace proti vládě na Letné může být zakázána", "", "-"),
    ("Zápas Slavie s Baníkem přeložen na neděli", "", "postponed"),
    ("Po zrušení loňského ročníku se Majáles vrací", "Průvod projde centrem v květnu.", "planned"),
    ("Zeman vyhlásil termín prezidentských voleb", "", "planned"),
]

CHECKED_SK = [
    ("Festival Grape v Trenčíne zrušili pre pandémiu", "", "cancelled"),
    ("Koncert Metallicy v Bratislave sa nakoniec uskutoční", "", "planned"),
    ("Štrajk rušňovodičov sa začal v pondelok ráno", "", "held"),
    ("Odbory hrozia, že štrajk vyhlásia už v marci", "", "-"),
    ("Ministerstvo popiera, že by bol veľtrh odložený", "", "-"),
    ("Finále extraligy sa odohrá v sobotu v Nitre", "", "planned"),
    ("Voľby do Európskeho parlamentu prebehli bez problémov",
     "Volebná účasť bola 34 percent.", "held"),
    ("Súd v kauze Kuciak odročil pojednávanie na jún", "", "postponed"),
    ("Dúhový pochod sa konal za účasti tisícov ľudí", "", "held"),
    ("Slovak Open sa tento rok neuskutoční",
     "Organizátori turnaj zrušili pre nedostatok peňazí.", "cancelled"),
    ("Fico sa stretol s Orbánom v Budapešti", "", "held"),
    ("Prezident Pellegrini pricestuje vo štvrtok do Kyjeva", "", "planned"),
    ("Národná banka Slovenska ponechala sadzby bez zmeny", "", None),
    ("Koncert Elánu nebude zrušený, potvrdili organizátori", "", "-"),
    ("Festival Art Film otvoril 30. ročník v Košiciach", "", "held"),
    ("Majstrovstvá Európy v hokeji do 20 rokov boli presunuté na budúci rok", "", "postponed"),
    ("Pre povodne zrušili aj jarmok v Žiline", "", "cancelled"),
    ("Slovan porazil Trnavu 2:1 a vedie ligu", "", "held"),
    ("Samit V4 sa uskutoční v októbri v Bratislave",
     "Lídri sa stretnú na Bratislavskom hrade.", "planned"),
    ("Vláda schválila rozpočet na budúci rok", "", None),
    ("Ples v opere sa tento rok nekoná", "", "cancelled"),
    ("Protest proti vláde na Námestí SNP môže byť zakázaný", "", "-"),
    ("Zápas Slovana so Žilinou preložený na nedeľu", "", "postponed"),
    ("Po zrušení minuloročného ročníka sa Pohoda vracia",
     "Festival sa uskutoční v júli.", "planned"),
    ("Predseda parlamentu vyhlásil voľby na 30. septembra", "", "planned"),
]


def check(title: str, summary: str, status: str | None, lang: str) -> None:
    got = LEX.read(title, summary, lang).status
    if status == "-":
        assert got in (None, "planned")
    else:
        assert got == status


@pytest.mark.parametrize(("title", "summary", "status"), DEVELOPED_CS + CHECKED_CS)
def test_czech_probes(title: str, summary: str, status: str | None) -> None:
    check(title, summary, status, "cs")


@pytest.mark.parametrize(("title", "summary", "status"), DEVELOPED_SK + CHECKED_SK)
def test_slovak_probes(title: str, summary: str, status: str | None) -> None:
    check(title, summary, status, "sk")


@pytest.mark.parametrize(("title", "status"), [
    ("Koncert Rolling Stones v Praze, který se měl konat v sobotu, byl podle pořadatelů zrušen",
     "cancelled"),
    ("Zápas byl odložen kvůli bouřce, podle svazu se odehraje v jiném termínu", "postponed"),
    ("Festival Pohoda sa tento rok neuskutoční, ako oznámili organizátori", "cancelled"),
    ("Zápas bol podľa organizátorov odložený pre búrku", "postponed"),
])
def test_an_unlabelled_czech_or_slovak_article_is_read(title: str, status: str) -> None:
    assert LEX.read(title, "", None).status == status


@pytest.mark.parametrize(("title", "lang"), [
    # a minister dismissed, a law repealed, an appeal, a ceasefire: no event called off
    ("Ministr zdravotnictví odvolán", "cs"),
    ("Sněmovna zrušila zákon o EET", "cs"),
    ("Babiš se odvolal proti rozsudku", "cs"),
    ("Minister zdravotníctva odvolaný", "sk"),
    ("Parlament zrušil zákon o RTVS", "sk"),
    ("Národná banka Slovenska ponechala sadzby bez zmeny", "sk"),
])
def test_czech_and_slovak_look_alikes(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status is None


@pytest.mark.parametrize(("title", "lang"), [
    # an article whose own lexicon finds no cue is tried with the others: "voli" (Italian
    # flights) is no Czech "volí", "Rusi" (Russians) no "ruší"
    ("Voli low cost: Ryanair aggiunge nuove rotte da Bergamo", "it"),
    ("Rusi a Ukrajinci: dějiny jednoho sousedství", "cs"),
    ("Start of the season: Pride and Euro fans take the show on the road", "en"),
])
def test_czech_and_slovak_cues_do_not_read_elsewhere(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Koncert Rolling Stones v Praze byl zrušen, podle pořadatelů se uskuteční v jiném termínu, "
     "který bude oznámen", "cs"),
    ("Zápas Sparta - Slavia byl odložen kvůli bouřce, nový termín je zatím nejasný a také se "
     "neví, kdy bude", "cs"),
    ("Festival Pohoda sa tento rok neuskutoční, podľa organizátorov bol zrušený pre počasie, "
     "ktoré sa zhoršilo", "sk"),
    ("Prezidentské voľby sa uskutočnia 23. marca, podľa zákona ich vyhlásil predseda "
     "parlamentu, ktorý aj povedal", "sk"),
])
def test_guess_lang_tells_czech_from_slovak(text: str, lang: str) -> None:
    assert guess_lang(text) == lang


def test_czech_and_slovak_function_words_drop_only_from_their_articles() -> None:
    p = Params()
    cs = features(Item(key="a", title="Koncert v Brně byl zrušen, když jsou bouřky", summary="",
                       link=None, source="s", published=WHEN, feed_url="", lang="cs"), p)
    assert {"byl", "jsou", "kdyz", "ktery"} <= STOPWORDS_BY_LANG["cs"]
    assert {"bol", "su", "ked", "ktory", "podla"} <= STOPWORDS_BY_LANG["sk"]
    assert not any(f.endswith(":jsou") for f in cs.weights)


@pytest.mark.parametrize(("keyword", "word"), [
    # Czech and Slovak case endings (session 37): an adjectival genitive of an English spelling,
    # a soft genitive and dative, a Slovak locative plural; and those the Polish ones covered
    ("Zelensky", "Zelenského"), ("Pellegrini", "Pellegriniho"), ("Pellegrini", "Pellegrinimu"),
    ("Košice", "Košiciach"), ("Putin", "Putinem"), ("Putin", "Putinom"), ("Praha", "Prahou"),
    ("Bratislava", "Bratislavě"), ("Bratislava", "Bratislave"), ("Babiš", "Babišovi"),
    ("Čaputová", "Čaputovej"), ("Matovič", "Matovičom"), ("Ukrajina", "Ukrajinou"),
])
def test_czech_and_slovak_case_forms(keyword: str, word: str) -> None:
    assert slavic_form(fold(keyword), fold(word))
    it = Item(key=word, title=f"Setkání s {word}", summary="", link=None, source="s",
              published=WHEN, feed_url="https://a.example/rss", lang="cs")
    assert WatchMatcher([WatchSettings("w", keywords=(keyword,))]).match(it)
