"""Type stubs for ``sayso._core``, the compiled engine (hand-written; checked with
``python -m mypy.stubtest sayso._core``).

Offsets are code-point indices into the Python ``str`` that was scored:
``text[claim.start:claim.end] == claim.text``.
"""

from collections.abc import Iterable
from typing import Any, ClassVar, Literal, TypeAlias, TypedDict, final

__all__ = [
    "Article",
    "Claim",
    "ConfigError",
    "NonClaim",
    "Reason",
    "SaysoError",
    "Scorer",
    "__version__",
    "_article_from_json",
    "_claim_from_json",
    "check_config",
    "score",
    "score_many",
]

__version__: str

_Label: TypeAlias = Literal["named", "anonymous", "relayed", "unconfirmed"]
_Origin: TypeAlias = Literal["named", "anonymous", "unknown", "unconfirmed"]
_Span: TypeAlias = tuple[int, int]

class SaysoError(ValueError):
    """Base class of every sayso error."""

class ConfigError(SaysoError):
    """An invalid sayso configuration (the message names the key and line)."""

class _ReasonDict(TypedDict):
    rule: str
    delta: float
    note: str
    span: _Span | None

class _ClaimDict(TypedDict):
    start: int
    end: int
    text: str
    label: _Label
    origin: _Origin
    source: str | None
    source_span: _Span | None
    cue: str | None
    cue_span: _Span | None
    via: list[str]
    flags: list[str]
    score: float
    paragraph: int
    reasons: list[_ReasonDict]

class _NonClaimDict(TypedDict):
    start: int
    end: int
    kind: str
    text: str

class _LabelCounts(TypedDict):
    named: int
    anonymous: int
    relayed: int
    unconfirmed: int

class _LabelShares(TypedDict):
    named: float
    anonymous: float
    relayed: float
    unconfirmed: float

class _Summary(TypedDict):
    n_claims: int
    counts: _LabelCounts
    shares: _LabelShares
    mean_score: float
    weakest_central_claim: int | None
    premise_score: float | None
    sources: list[str]
    outlets: list[str]
    diversity: float
    transparency: float | None
    single_source_share: float
    n_non_claims: int
    publisher: str | None

class _ArticleDict(TypedDict):
    text: str
    score: float
    claims: list[_ClaimDict]
    non_claims: list[_NonClaimDict]
    summary: _Summary

@final
class Reason:
    """One rule that moved a claim's score, with the text it rests on."""

    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def rule(self) -> str:
        """Rubric rule id, e.g. ``"B.NAMED"`` or ``"M.RELAY.WIRE"``."""
    @property
    def delta(self) -> float:
        """Points added or removed on the 0-100 scale (the base rule carries the base score)."""
    @property
    def note(self) -> str:
        """What the rule saw, in words."""
    @property
    def span(self) -> _Span | None:
        """``(start, end)`` of the text that triggered the rule, or ``None``."""
    def to_dict(self) -> _ReasonDict: ...
    def __eq__(self, other: object, /) -> bool: ...

@final
class Claim:
    """One claim of an article: its span, label, source, cue, relay chain, score and reasons."""

    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def start(self) -> int:
        """Code-point offset of the first character of the claim."""
    @property
    def end(self) -> int:
        """Code-point offset one past the last character of the claim."""
    @property
    def text(self) -> str:
        """The claim as written: ``article.text[start:end]``."""
    @property
    def label(self) -> _Label:
        """``"named"``, ``"anonymous"``, ``"relayed"`` or ``"unconfirmed"``."""
    @property
    def origin(self) -> _Origin:
        """Who originally said it: ``"named"``, ``"anonymous"`` or ``"unknown"`` for relayed
        claims; the same as ``label`` otherwise."""
    @property
    def source(self) -> str | None:
        """The source as written (``"a member of the US delegation"``), or ``None``."""
    @property
    def source_span(self) -> _Span | None: ...
    @property
    def cue(self) -> str | None:
        """The attribution cue as written (``"told"``, ``"according to"``), or ``None``."""
    @property
    def cue_span(self) -> _Span | None: ...
    @property
    def via(self) -> list[str]:
        """Intermediaries, outermost first, e.g. ``["Reuters"]``; ``[]`` if none."""
    @property
    def flags(self) -> set[str]:
        """E.g. ``{"no_comment", "unverified", "hedged", "corroborated", "carried_over",
        "direct_quote"}``."""
    @property
    def score(self) -> float:
        """Attribution strength in [0, 1]."""
    @property
    def reasons(self) -> list[Reason]:
        """The rules that produced ``score``, in the order they were applied."""
    @property
    def paragraph(self) -> int:
        """Index of the paragraph the claim starts in."""
    def to_dict(self) -> _ClaimDict: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[str, str]]: ...

@final
class NonClaim:
    """A stretch of text recognised as not being a claim: a dateline, timestamp, byline,
    heading, photo credit, trailer ..."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str:
        """E.g. ``"dateline"``, ``"timestamp"``, ``"byline"``, ``"heading"``,
        ``"caption-credit"``, ``"trailer"``."""
    @property
    def text(self) -> str: ...
    def to_dict(self) -> _NonClaimDict: ...

@final
class Article:
    """A scored article: its claims, non-claims, score and summary."""

    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def text(self) -> str:
        """The text that was scored."""
    @property
    def score(self) -> float:
        """Composite article score in [0, 1]."""
    @property
    def claims(self) -> list[Claim]:
        """The claims, in text order."""
    @property
    def non_claims(self) -> list[NonClaim]: ...
    @property
    def summary(self) -> _Summary:
        """Article-level indicators: counts and shares per label, weakest central claim,
        distinct sources and outlets, diversity, publisher."""
    @property
    def publisher(self) -> str | None:
        """The publisher used to decide what is a relay (from ``outlet=`` or a dateline)."""
    def to_dict(self) -> _ArticleDict: ...
    def __len__(self) -> int: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[str, str]]: ...
    def _repr_html_(self) -> str: ...

@final
class Scorer:
    """The compiled scorer. Use :class:`sayso.Scorer`, which also accepts a path or a dict."""

    def __new__(cls, config_text: str | None = None, format: str = "toml") -> Scorer: ...
    def score(self, text: str, outlet: str | None = None) -> Article: ...
    def score_many(
        self, texts: Iterable[str], outlet: str | None = None, n_threads: int | None = None
    ) -> list[Article]: ...
    def config_toml(self) -> str: ...
    def __reduce__(self) -> tuple[type[Scorer], tuple[str | None, str]]: ...

def score(text: str, outlet: str | None = None) -> Article:
    """Score one article with the default configuration."""

def score_many(
    texts: Iterable[str], outlet: str | None = None, n_threads: int | None = None
) -> list[Article]:
    """Score many articles in parallel, in input order (the interpreter is released)."""

def check_config(config_text: str, format: str = "toml") -> None:
    """Validate a configuration text; raises ConfigError naming the key and line."""

def _claim_from_json(json: str, text: str) -> Claim: ...
def _article_from_json(text: str, json: str) -> Article: ...
