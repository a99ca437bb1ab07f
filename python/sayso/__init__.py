"""sayso: score every claim in a news article on whose say-so it rests.

>>> import sayso
>>> article = sayso.score("The minister said the bridge would reopen on Monday.")
>>> article.claims[0].label
'named'
"""

from __future__ import annotations

import importlib as _importlib
import importlib.abc as _importlib_abc
import importlib.util as _importlib_util
import sys as _sys
from typing import TYPE_CHECKING

from sayso._core import (
    Article,
    Claim,
    ConfigError,
    NonClaim,
    Reason,
    SaysoError,
    __version__,
    score,
    score_many,
)
from sayso._scorer import Scorer

if TYPE_CHECKING:
    from sayso.frames import articles_frame, claims_frame

LABELS = ("named", "anonymous", "relayed", "unconfirmed")

# pandas is optional, and slow to import (most of a second), so it is not imported here: the
# frames are imported on first use, and the df.sayso / series.sayso accessors are registered as
# soon as pandas is imported, before or after sayso.
_FRAMES = ("claims_frame", "articles_frame")
_HAVE_PANDAS = _importlib_util.find_spec("pandas") is not None


def __getattr__(name: str):
    if name in _FRAMES or name == "frames":
        try:
            frames = _importlib.import_module("sayso.frames")
        except ImportError as e:
            if not _HAVE_PANDAS:
                raise AttributeError(
                    f"sayso.{name} needs pandas: pip install 'sayso[pandas]'"
                ) from None
            raise AttributeError(f"sayso.{name} is not available: {e}") from e
        return frames if name == "frames" else getattr(frames, name)
    raise AttributeError(f"module 'sayso' has no attribute {name!r}")


class _AfterPandas(_importlib_abc.MetaPathFinder):
    """Imports sayso.frames (which registers the accessors) right after pandas is imported."""

    def find_spec(self, name, path, target=None):
        if name != "pandas":
            return None
        if self in _sys.meta_path:
            _sys.meta_path.remove(self)
        spec = _importlib_util.find_spec(name)
        loader = spec.loader if spec is not None else None
        if loader is None or not hasattr(loader, "exec_module"):
            return spec
        exec_module = loader.exec_module

        def exec_then_register(module):
            exec_module(module)
            # Importing pandas must not fail because of sayso: a frames module that cannot
            # load raises again, with its cause, when a frame function is used.
            try:
                import sayso.frames  # noqa: F401
            except Exception as e:  # noqa: BLE001
                import warnings

                warnings.warn(f"sayso's pandas accessors are not available: {e}", stacklevel=2)

        loader.exec_module = exec_then_register
        return spec


if "pandas" in _sys.modules:
    import sayso.frames  # noqa: F401
elif _HAVE_PANDAS:
    _sys.meta_path.insert(0, _AfterPandas())


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "LABELS",
    "Article",
    "Claim",
    "ConfigError",
    "NonClaim",
    "Reason",
    "SaysoError",
    "Scorer",
    "__version__",
    "score",
    "score_many",
]
if _HAVE_PANDAS:
    __all__ += ["articles_frame", "claims_frame"]
