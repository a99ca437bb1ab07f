"""Type stubs for ``sayso._scorer`` (``sayso.Scorer``); checked with
``python -m mypy.stubtest sayso._core sayso._scorer``."""

import os
from collections.abc import Iterable, Mapping
from typing import Any, NoReturn, TypeAlias

from sayso._core import Article

_Config: TypeAlias = str | os.PathLike[str] | Mapping[str, Any] | None

def _config_text(config: _Config) -> tuple[str | None, str]: ...

class Scorer:
    """A sayso scorer with its own configuration (a TOML/JSON path, a dict, or ``None``)."""

    __slots__ = ("_core", "_format", "_text")
    def __init__(self, config: _Config = None) -> None: ...
    def __setattr__(self, name: str, value: object) -> NoReturn: ...
    def __reduce__(self) -> tuple[Any, tuple[str | None, str]]: ...
    def score(self, text: str, outlet: str | None = None) -> Article:
        """Score one article; ``outlet`` is the publisher, if known."""
    def score_many(
        self, texts: Iterable[str], outlet: str | None = None, n_threads: int | None = None
    ) -> list[Article]:
        """Score many articles in parallel; results are in input order."""
    def config_toml(self) -> str:
        """The effective configuration (defaults merged with yours) as TOML."""

def _rebuild(text: str | None, fmt: str) -> Scorer: ...
