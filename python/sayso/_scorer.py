"""A configured scorer: ``sayso.Scorer(config)`` with a path, a dict or nothing."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from pathlib import Path

from sayso import _core


def _config_text(config: str | os.PathLike[str] | Mapping | None) -> tuple[str | None, str]:
    if config is None:
        return None, "toml"
    if isinstance(config, Mapping):
        bad = _non_finite(config, "")
        if bad is not None:
            # json.dumps would write NaN, which the engine then reports as invalid JSON.
            raise _core.ConfigError(f"{bad}: must be a finite number")
        try:
            return json.dumps(config, allow_nan=False), "json"
        except (TypeError, ValueError) as e:
            raise _core.ConfigError(f"configuration is not serialisable: {e}") from None
    if isinstance(config, (str, os.PathLike)):
        path = Path(config)
        try:
            data = path.read_bytes()
        except OSError as e:
            raise _core.ConfigError(
                f"{path}: cannot read configuration: {e.strerror or e}"
            ) from None
        try:
            # utf-8-sig: a byte-order mark (as some Windows editors write) is not part of the text.
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise _core.ConfigError(
                f"{path}: line {line}: not UTF-8 text (byte {e.start}: {e.reason})"
            ) from None
        fmt = "json" if path.suffix.lower() == ".json" else "toml"
        return text, fmt
    raise TypeError(f"config must be a path, a mapping or None, not {type(config).__name__}")


def _non_finite(value: object, key: str) -> str | None:
    """The key path of the first NaN or infinite number in a configuration mapping, if any."""
    if isinstance(value, float) and not math.isfinite(value):
        return key
    if isinstance(value, Mapping):
        for k, v in value.items():
            found = _non_finite(v, f"{key}.{k}" if key else str(k))
            if found is not None:
                return found
    elif isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            found = _non_finite(v, f"{key}[{i}]")
            if found is not None:
                return found
    return None


class Scorer:
    """A sayso scorer with its own configuration.

    Parameters
    ----------
    config : path, mapping or None
        A TOML or JSON file, or a dict, merged on top of the embedded defaults (lists extend
        the defaults unless named in ``replace``; numbers and strings override). ``None`` uses
        the defaults.

    A scorer is immutable, safe to share between threads and pickles with its configuration.

    Examples
    --------
    >>> s = Scorer({"weights": {"base": {"named": 70}}})
    >>> s.score("The minister said so.").claims[0].score < 0.8
    True
    """

    __slots__ = ("_core", "_format", "_text")

    def __init__(self, config: str | os.PathLike[str] | Mapping | None = None):
        text, fmt = _config_text(config)
        try:
            core = _core.Scorer(text, fmt)
        except _core.ConfigError as e:
            if isinstance(config, (str, os.PathLike)):
                raise _core.ConfigError(f"{os.fspath(config)}: {e}") from None
            raise
        object.__setattr__(self, "_core", core)
        object.__setattr__(self, "_text", text)
        object.__setattr__(self, "_format", fmt)

    def __setattr__(self, name, value):
        raise AttributeError("a Scorer is immutable; build a new one with another config")

    def __delattr__(self, name):
        raise AttributeError("a Scorer is immutable; build a new one with another config")

    def __reduce__(self):
        return (_rebuild, (self._text, self._format))

    def __repr__(self) -> str:
        return (
            "Scorer(default configuration)"
            if self._text is None
            else "Scorer(custom configuration)"
        )

    def score(self, text: str, outlet: str | None = None) -> _core.Article:
        """Score one article; ``outlet`` is the publisher, if known."""
        return self._core.score(text, outlet)

    def score_many(self, texts, outlet: str | None = None, n_threads: int | None = None):
        """Score many articles in parallel; results are in input order."""
        return self._core.score_many(texts, outlet, n_threads)

    def claims_columns(
        self,
        texts,
        outlet: str | None = None,
        n_threads: int | None = None,
        strings: str = "list",
    ):
        """Per-claim numpy columns for a batch (``None`` cells are missing articles); with
        ``strings="buffers"`` string columns come as Arrow ``(offsets, data, valid)`` buffers."""
        return self._core.claims_columns(texts, outlet, n_threads, strings)

    def articles_columns(self, texts, outlet: str | None = None, n_threads: int | None = None):
        """Per-article numpy columns for a batch, one row per cell."""
        return self._core.articles_columns(texts, outlet, n_threads)

    def claims_frame(self, texts, ids=None, **kwargs):
        """:func:`sayso.claims_frame` with this scorer's configuration (needs pandas)."""
        from sayso.frames import claims_frame

        return claims_frame(texts, ids, scorer=self, **kwargs)

    def articles_frame(self, texts, ids=None, **kwargs):
        """:func:`sayso.articles_frame` with this scorer's configuration (needs pandas)."""
        from sayso.frames import articles_frame

        return articles_frame(texts, ids, scorer=self, **kwargs)

    def config_toml(self) -> str:
        """The effective configuration (defaults merged with yours) as TOML."""
        return self._core.config_toml()


def _rebuild(text: str | None, fmt: str) -> Scorer:
    s = Scorer.__new__(Scorer)
    object.__setattr__(s, "_core", _core.Scorer(text, fmt))
    object.__setattr__(s, "_text", text)
    object.__setattr__(s, "_format", fmt)
    return s
