"""Type stubs for ``sayso._core``, the compiled engine (hand-written; checked with
``python -m mypy.stubtest sayso._core``).

Offsets are code-point indices into the Python ``str`` that was scored:
``text[claim.start:claim.end] == claim.text``.
"""

from collections.abc import Iterable
from typing import Any, ClassVar, Literal, TypeAlias, TypedDict, final

import numpy as np
import numpy.typing as npt

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
    "_non_claim_from",
    "_reason_from",
    "_set_purge_delay",
    "articles_columns",
    "check_config",
    "claims_columns",
    "score",
    "score_many",
]

__version__: str

_Label: TypeAlias = Literal["named", "anonymous", "relayed", "unconfirmed"]
_Origin: TypeAlias = Literal["named", "anonymous", "unknown", "unconfirmed"]
_Span: TypeAlias = tuple[int, int]
_Texts: TypeAlias = Iterable[str]
_OptionalTexts: TypeAlias = Iterable[str | None]

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

_StrBuffers: TypeAlias = tuple[
    npt.NDArray[np.int64], npt.NDArray[np.uint8], npt.NDArray[np.bool_] | None
]

class _ClaimColumns(TypedDict):
    """Per-claim columns: numpy arrays and lists of str (or, with ``strings="buffers"``,
    Arrow string buffers), all of the same length."""

    article: npt.NDArray[np.int64]
    claim: npt.NDArray[np.int64]
    start: npt.NDArray[np.int64]
    end: npt.NDArray[np.int64]
    label: npt.NDArray[np.int8]
    origin: npt.NDArray[np.int8]
    score: npt.NDArray[np.float64]
    paragraph: npt.NDArray[np.int64]
    source_start: npt.NDArray[np.int64]
    source_end: npt.NDArray[np.int64]
    cue_start: npt.NDArray[np.int64]
    cue_end: npt.NDArray[np.int64]
    text: list[str] | _StrBuffers
    source: list[str | None] | _StrBuffers
    cue: list[str | None] | _StrBuffers
    via: list[str] | _StrBuffers
    flags: list[str] | _StrBuffers
    reasons: list[str] | _StrBuffers

_ArticleColumns = TypedDict(
    "_ArticleColumns",
    {
        "missing": npt.NDArray[np.bool_],
        "score": npt.NDArray[np.float64],
        "n_claims": npt.NDArray[np.int64],
        "n_named": npt.NDArray[np.int64],
        "share_named": npt.NDArray[np.float64],
        "n_anonymous": npt.NDArray[np.int64],
        "share_anonymous": npt.NDArray[np.float64],
        "n_relayed": npt.NDArray[np.int64],
        "share_relayed": npt.NDArray[np.float64],
        "n_unconfirmed": npt.NDArray[np.int64],
        "share_unconfirmed": npt.NDArray[np.float64],
        "mean_score": npt.NDArray[np.float64],
        "weakest_claim": npt.NDArray[np.int64],
        "premise_score": npt.NDArray[np.float64],
        "n_sources": npt.NDArray[np.int64],
        "n_outlets": npt.NDArray[np.int64],
        "diversity": npt.NDArray[np.float64],
        "transparency": npt.NDArray[np.float64],
        "single_source_share": npt.NDArray[np.float64],
        "n_non_claims": npt.NDArray[np.int64],
        "publisher": list[str | None],
        "sources": list[str | None],
    },
)

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
    def __reduce__(self) -> tuple[Any, tuple[str, float, str, _Span | None]]: ...

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

    __hash__: ClassVar[None]  # type: ignore[assignment]
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
    def __eq__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[int, int, str, str]]: ...

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
        self, texts: _Texts, outlet: str | None = None, n_threads: int | None = None
    ) -> list[Article]: ...
    def claims_columns(
        self,
        texts: _OptionalTexts,
        outlet: str | None = None,
        n_threads: int | None = None,
        strings: Literal["list", "buffers"] = "list",
    ) -> _ClaimColumns:
        """Per-claim numpy columns for a batch (see the module-level ``claims_columns``)."""
    def articles_columns(
        self, texts: _OptionalTexts, outlet: str | None = None, n_threads: int | None = None
    ) -> _ArticleColumns:
        """Per-article numpy columns for a batch (see the module-level ``articles_columns``)."""
    def config_toml(self) -> str: ...
    def __reduce__(self) -> tuple[type[Scorer], tuple[str | None, str]]: ...

def score(text: str, outlet: str | None = None) -> Article:
    """Score one article with the default configuration."""

def score_many(
    texts: _Texts, outlet: str | None = None, n_threads: int | None = None
) -> list[Article]:
    """Score many articles in parallel, in input order (the interpreter is released)."""

def claims_columns(
    texts: _OptionalTexts,
    outlet: str | None = None,
    n_threads: int | None = None,
    strings: Literal["list", "buffers"] = "list",
) -> _ClaimColumns:
    """Score a batch into per-claim columns (``None`` cells are missing articles: no claims).

    ``label`` and ``origin`` are int8 codes in the order of ``sayso.LABELS`` and
    (named, anonymous, unknown, unconfirmed); spans are code-point offsets, -1 when absent.
    String columns are lists of ``str``/``None``, or with ``strings="buffers"`` tuples
    ``(offsets, data, valid)`` in Arrow's ``large_string`` layout (int64 offsets, uint8 UTF-8
    data, a bool mask of non-null rows or None).
    """

def articles_columns(
    texts: _OptionalTexts, outlet: str | None = None, n_threads: int | None = None
) -> _ArticleColumns:
    """Score a batch into per-article columns, one row per input cell (missing rows: NaN)."""

def check_config(config_text: str, format: str = "toml") -> None:
    """Validate a configuration text; raises ConfigError naming the key and line."""

def _set_purge_delay(ms: int) -> None:
    """How soon the engine's allocator returns freed memory to the system (0: at once)."""

def _claim_from_json(json: str, text: str) -> Claim: ...
def _article_from_json(text: str, json: str) -> Article: ...
def _reason_from(rule: str, delta: float, note: str, span: _Span | None) -> Reason: ...
def _non_claim_from(start: int, end: int, kind: str, text: str) -> NonClaim: ...
