"""Registries kept on the app, not in module globals: what features declare in their
`init_app` (event subscribers, queue kinds, statement readers, credit sources…) belongs to
that app alone, so building another app (a test, a worker) starts from nothing."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from flask import Flask, current_app

T = TypeVar("T")


def registry(name: str, factory: Callable[[], T] = dict, app: Flask | None = None) -> T:  # type: ignore[assignment]
    """The app's registry called `name`, made by `factory` on first use."""
    extensions: dict[str, Any] = (app or current_app).extensions
    key = f"rounds.{name}"
    if key not in extensions:
        extensions[key] = factory()
    return extensions[key]
