"""A deterministic corpus of invented news articles for sayso's benchmarks.

Every person, place, company and quotation here is made up for benchmarking; real outlet names
appear only the way real copy uses them (as the agency in a dateline or the outlet a claim is
relayed through). Styles: wire copy with datelines and trailers, features with quotations over
several paragraphs, relay round-ups ("citing ..."), anonymous-source political stories, live
blogs with timestamps, press releases, short briefs and long reads.

``article(seed, i)`` depends only on ``seed`` and ``i``, so a smaller corpus is a prefix of a
larger one and any article can be regenerated on its own (the 1 GB stream uses this).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

FIRST = [
    "Ilse",
    "Tomas",
    "Marta",
    "Oren",
    "Priya",
    "Kofi",
    "Lena",
    "Dario",
    "Noor",
    "Henrik",
    "Amara",
    "Yusuf",
    "Celia",
    "Bram",
    "Ines",
    "Mateo",
    "Saskia",
    "Jonah",
    "Farah",
    "Viktor",
    "Agnes",
    "Rafael",
    "Mireille",
    "Tobias",
    "Zainab",
    "Emil",
    "Greta",
    "Luca",
    "Odile",
    "Sven",
]
LAST = [
    "Varga",
    "Reyes",
    "Okonkwo",
    "Lindqvist",
    "Brannagh",
    "Castell",
    "Moreau",
    "Halvorsen",
    "Dunmore",
    "Achterberg",
    "Salgado",
    "Petrakis",
    "Ferreira",
    "Quillan",
    "Tsang",
    "Oyelaran",
    "Rasmussen",
    "Delacroix-Ward",
    "Marchetti",
    "Ibsen",
    "Kowal",
    "Nakagawa",
    "Abernethy",
    "Szabo",
    "Laurentis",
]
ROLES = (
    "Mayor",
    "Finance Minister",
    "Health Minister",
    "Interior Minister",
    "Police Chief",
    "Harbour Master",
    "Senator",
    "Chief Prosecutor",
    "Governor",
    "Judge",
)
TITLES = (
    "a spokeswoman for",
    "a spokesman for",
    "the chief executive of",
    "the head of operations at",
    "a senior engineer at",
    "the union representative at",
    "a lawyer for",
    "the chair of",
)
ORGS = (
    "Halden Works",
    "the Ardle Water Board",
    "Corvane Energy",
    "the Port Authority of Dunmere",
    "Velta Rail",
    "the Ministry of Transport",
    "Lakeside Council",
    "Brightmoor Hospital",
    "the Northern Farmers' Union",
    "Oskar Mining Group",
    "Pellam Logistics",
    "the Calder Bay Fisheries Board",
    "Quorra Telecom",
    "the Institute for Coastal Studies",
)
PLACES = (
    "Dunmere",
    "Ardle",
    "Veltham",
    "Kestra",
    "Port Orrin",
    "Brennock",
    "Lakeside",
    "Calder Bay",
    "Morrow Falls",
    "Eastmarch",
)
OUTLETS = (
    "Reuters",
    "the Associated Press",
    "Interfax",
    "Agence France-Presse",
    "the Brennock Courier",
    "the Veltham Herald",
    "the Lakeside Wire",
    "state television",
    "a local newspaper",
    "the broadcaster KTV",
)
AGENCIES = ("Reuters", "AP", "AFP", "Lakeside Wire")
TOPICS = (
    "the floodgate repairs",
    "the rail strike",
    "the budget talks",
    "the mine closure",
    "the hospital merger",
    "the ferry contract",
    "the water price rise",
    "the bridge inquiry",
    "the fishing quota dispute",
    "the airport expansion",
    "the teachers' pay offer",
    "the data breach",
)
THINGS = (
    "spare parts",
    "the audit",
    "the new timetable",
    "the compensation scheme",
    "the safety review",
    "the tender documents",
    "the draft agreement",
    "the evacuation plan",
)
VERBS = (
    "said",
    "said on Monday",
    "said on Tuesday",
    "told reporters",
    "said in a statement",
    "told a news conference",
    "confirmed",
    "claimed",
    "warned",
    "insisted",
    "wrote in an email",
    "told lawmakers",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov")
ANON = (
    "Two officials, who asked not to be named because they were not authorised to speak publicly,",
    "A senior diplomat familiar with the negotiations",
    "Three people with knowledge of the plan",
    "A person close to the board, speaking on condition of anonymity,",
    "One government adviser, who declined to be identified,",
    "Sources in the ministry",
)
VAGUE = (
    "Experts say",
    "Critics argue",
    "Analysts believe",
    "Many residents feel",
    "Observers have long warned",
)

# Sentence templates: {p} person, {r} role, {o} org, {t} topic, {x} thing, {n}/{m} numbers,
# {v} verb, {u} outlet, {pl} place, {d} day, {a} anonymous subject, {g} vague subject,
# {ti} a title phrase.
SENTENCES = (
    "{r} {p} {v} that {t} would cost about {n} million crowns.",
    "{p}, {ti} {o}, {v} the company had \u201cno plans\u201d to delay {x}.",
    "\u201cWe are not going to wait another {n} days for an answer,\u201d {p} {v}.",
    '"It will take weeks, not months," {p} said. "We have done this before."',
    "{a} said {t} had stalled over a {m} percent gap in the figures.",
    "{a} told this newspaper that {x} had been shelved weeks ago.",
    "{u}, citing a person familiar with the matter, reported that {o} had asked for more time.",
    "{u} reported on {d}, citing two unnamed sources, that {n} jobs could go.",
    "A source close to {o} told {u} that at least {n} staff had been warned.",
    "{p} told {u} that {x} was \u201cweeks behind schedule\u201d.",
    "According to {u}, which cited an internal memo, {o} spent {n},{k:03} crowns on consultants.",
    "{g} {t} is unlikely to be settled before the winter.",
    "The figures could not be independently verified.",
    "A spokesperson for {o} declined to comment.",
    "{o} did not respond to a request for comment.",
    "According to documents seen by this newspaper, {o} paid {n},{k:03} crowns in fines.",
    "{o} said in a statement that it regretted the disruption and would review {x}.",
    "The deal was reportedly close on {d}, but {t} remains unresolved.",
    "\u201cIt is a disgrace,\u201d said {p}, a {pl} resident. \u201cNobody listens to us.\u201d",
    "{p}, the {rl}, told the Veltham Herald that {m} percent of households were affected.",
    "Turnout at {d}'s meeting was around {n} people, organisers said.",
    "The council meets again on {d} to vote on {x}.",
    "Prices in {pl} rose {m} percent in the year to {mo}, official data showed.",
    "{o} denied the report, calling it \u201cbaseless speculation\u201d.",
    "The claim was later confirmed by {p}, the {rl}.",
    "In a post on social media, {p} wrote that {x} was \u201cfinally moving\u201d.",
    "Footage shared online on {d} appeared to show crowds outside {o}.",
    "{p} added that talks would resume after the holiday.",
    "The {rl} has faced calls to resign since {mo}.",
    "Residents of {pl} have been asked to boil drinking water until further notice.",
)
SENT_WEIGHTS = (
    5, 3, 4, 3, 4, 2, 3, 2, 3, 2, 2, 3, 2, 2, 2, 2, 3, 2, 2, 2, 3, 3, 3, 2, 2, 2, 2, 2, 2, 3,
)  # fmt: skip
_CUM = []
_acc = 0
for _w in SENT_WEIGHTS:
    _acc += _w
    _CUM.append(_acc)
assert len(SENTENCES) == len(SENT_WEIGHTS)


def _name(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def sentence(r: random.Random) -> str:
    (tpl,) = r.choices(SENTENCES, cum_weights=_CUM)
    s = tpl.format(
        p=_name(r),
        r=r.choice(ROLES),
        rl=r.choice(ROLES).lower(),
        o=r.choice(ORGS),
        t=r.choice(TOPICS),
        x=r.choice(THINGS),
        n=r.randint(2, 950),
        m=r.randint(1, 60),
        k=r.randrange(1000),
        v=r.choice(VERBS),
        u=r.choice(OUTLETS),
        pl=r.choice(PLACES),
        d=r.choice(DAYS),
        mo=r.choice(MONTHS),
        a=r.choice(ANON),
        g=r.choice(VAGUE),
        ti=r.choice(TITLES),
    )
    return s[0].upper() + s[1:] if s[0].islower() else s


def paragraph(r: random.Random, lo: int = 1, hi: int = 4) -> str:
    return " ".join(sentence(r) for _ in range(r.randint(lo, hi)))


def long_quote(r: random.Random) -> str:
    """A quotation over several paragraphs: each opens a quote mark, only the last closes."""
    who = _name(r)
    k = r.randint(2, 4)
    paras = []
    for i in range(k):
        body = (
            f"We have waited {r.randint(2, 30)} months for {r.choice(THINGS)}, and the people of "
            f"{r.choice(PLACES)} deserve better than promises made on a {r.choice(DAYS)}"
        )
        if i == 0:
            paras.append(f"\u201c{body},\u201d {who} {r.choice(VERBS)}. \u201cWe will keep asking.")
        elif i == k - 1:
            paras.append(f"\u201c{body}.\u201d")
        else:
            paras.append(f"\u201c{body}.")
    return "\n\n".join(paras)


def _body(r: random.Random, parts: list[str], size: int, quotes: int = 6) -> None:
    n = sum(map(len, parts))
    while n < size:
        p = long_quote(r) if r.randrange(quotes) == 0 else paragraph(r)
        parts.append(p)
        n += len(p) + 2


def _target(r: random.Random) -> int:
    u = r.random()
    if u < 0.25:
        return r.randint(300, 1_000)  # brief
    if u < 0.75:
        return r.randint(1_200, 3_500)  # standard story
    if u < 0.95:
        return r.randint(3_500, 8_000)  # long story
    return r.randint(12_000, 25_000)  # long read


def _wire(r: random.Random, size: int) -> list[str]:
    parts = [
        f"{r.choice(ORGS)} agrees to review {r.choice(TOPICS)}",
        (
            f"{r.choice(PLACES).upper()}, {r.choice(MONTHS)} {r.randint(1, 28)} "
            f"({r.choice(AGENCIES)}) - {paragraph(r, 1, 2)}"
        ),
    ]
    _body(r, parts, size)
    parts.append(
        f"Reporting by {_name(r)}; Additional reporting by {_name(r)}; Editing by {_name(r)}"
    )
    return parts


def _feature(r: random.Random, size: int) -> list[str]:
    parts = [f"The long wait in {r.choice(PLACES)}", f"By {_name(r)}", paragraph(r)]
    _body(r, parts, size, quotes=2)
    return parts


def _relay(r: random.Random, size: int) -> list[str]:
    parts = [f"What we know about {r.choice(TOPICS)}", f"By {_name(r)}, Staff Reporter"]
    n = 0
    while n < size:
        outlet = r.choice(OUTLETS)
        p = (
            f"{outlet[0].upper()}{outlet[1:]}, citing "
            f"{r.choice(('two', 'several', 'unnamed', 'government', 'security'))} sources, "
            f"reported that {r.choice(ORGS)} would announce {r.randint(2, 40)} new measures. "
            + paragraph(r, 1, 3)
        )
        parts.append(p)
        n += len(p)
    return parts


def _anon(r: random.Random, size: int) -> list[str]:
    parts = [f"Cabinet split over {r.choice(TOPICS)}, insiders say", f"By {_name(r)}"]
    n = 0
    while n < size:
        p = f"{r.choice(ANON)} said {r.choice(THINGS)} was in doubt. " + paragraph(r, 1, 3)
        parts.append(p)
        n += len(p)
    return parts


def _live(r: random.Random, size: int) -> list[str]:
    parts = [f"Live: {r.choice(TOPICS)} \u2013 latest updates"]
    n = 0
    h, m = r.randint(6, 12), r.randrange(60)
    while n < size:
        m += r.randint(2, 25)
        h, m = h + m // 60, m % 60
        stamp = f"{h % 24:02d}:{m:02d} GMT"
        if r.randrange(5) == 0:
            p = f"{stamp}\nBREAKING: {sentence(r)}"
        else:
            p = f"{stamp}\n{paragraph(r, 1, 2)}"
        parts.append(p)
        n += len(p)
    return parts


def _release(r: random.Random, size: int) -> list[str]:
    org = r.choice(ORGS)
    ceo = _name(r)
    parts = [
        "FOR IMMEDIATE RELEASE",
        f"{org} announces results of {r.choice(THINGS)}",
        (
            f"{r.choice(PLACES).upper()} \u2013 {org} today announced that {r.choice(THINGS)} "
            f"had been completed {r.randint(2, 12)} weeks ahead of schedule."
        ),
        (
            f"\u201cThis is a proud day for everyone at {org},\u201d said {ceo}, "
            f"chief executive. \u201cWe delivered on every promise.\u201d"
        ),
    ]
    _body(r, parts, size, quotes=4)
    parts.append(f"About {org}\n{org} is an invented organisation used only in benchmarks.")
    parts.append(f"Media contact: {_name(r)}, press@example.org, +00 {r.randint(100, 999)} 0100")
    return parts


STYLES = (
    ("wire", _wire, 6),
    ("feature", _feature, 3),
    ("relay", _relay, 2),
    ("anonymous", _anon, 2),
    ("live", _live, 2),
    ("release", _release, 1),
)

# --- the generator, shared with corpus_ru.py -------------------------------------------------

Style = tuple[str, Callable[[random.Random, int], list[str]], int]


def cum_weights(styles: tuple[Style, ...]) -> list[int]:
    """Cumulative weights of ``styles``, for ``random.choices``."""
    out, acc = [], 0
    for _, _, w in styles:
        acc += w
        out.append(acc)
    return out


def make_article(
    styles: tuple[Style, ...],
    cum: list[int],
    target: Callable[[random.Random], int],
    seed: int,
    i: int,
) -> tuple[str, str]:
    """Article ``i`` of corpus ``seed``, in a style drawn from ``styles``: (style, text)."""
    r = random.Random(seed * 1_000_003 + i)
    ((style, make, _),) = r.choices(styles, cum_weights=cum)
    size = target(r)
    return style, "\n\n".join(make(r, size)) + "\n"


def endless(
    article_fn: Callable[[int, int], tuple[str, str]], seed: int, n: int | None, start: int
) -> Iterator[tuple[str, str]]:
    """Articles ``start``, ``start+1``, ... of ``article_fn`` (endless when ``n`` is None)."""
    i = start
    while n is None or i < start + n:
        yield article_fn(seed, i)
        i += 1


def grow(
    opening: str,
    paragraph_fn: Callable[[random.Random], str],
    quote_fn: Callable[[random.Random], str],
    seed: int,
    size: int,
) -> str:
    """One story of at least ``size`` bytes (UTF-8): ``opening`` and a paragraph, then whole
    paragraphs and (one in six) long quotations."""
    r = random.Random(seed)
    parts = [opening + paragraph_fn(r)]
    n = len(parts[0].encode())
    while n < size:
        p = quote_fn(r) if r.randrange(6) == 0 else paragraph_fn(r)
        parts.append(p)
        n += len(p.encode()) + 2
    return "\n\n".join(parts) + "\n"


_STYLE_CUM = cum_weights(STYLES)


def article(seed: int, i: int) -> tuple[str, str]:
    """Article ``i`` of corpus ``seed``: (style, text)."""
    return make_article(STYLES, _STYLE_CUM, _target, seed, i)


def articles(seed: int, n: int | None = None, start: int = 0) -> Iterator[tuple[str, str]]:
    """Articles ``start``, ``start+1``, ... (endless when ``n`` is None)."""
    return endless(article, seed, n, start)


def long_article(seed: int, size: int) -> str:
    """One wire story of at least ``size`` bytes (UTF-8), built from whole paragraphs, with the
    same mix of sentences as the corpus: for the linear-time check."""
    return grow("DUNMERE, Nov 3 (Reuters) - ", paragraph, long_quote, seed, size)
