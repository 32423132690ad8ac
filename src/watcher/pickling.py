"""Pickling of the small frozen value objects that cross the parse worker's process boundary.

A frozen slots dataclass pickles, by default, through ``copyreg``: its state as a dict of slots,
restored attribute by attribute with ``object.__setattr__``. For the thirty ``Item``s, readings
and features one feed sends back from the worker that cost about 0.6 ms to pickle there and
0.8 ms to unpickle in the event loop's process, per feed. Pickled as a call of the constructor
with the field values in order, they cost a fraction of that.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def by_constructor(cls: type[T]) -> type[T]:
    """Class decorator: pickle instances as ``cls(*field_values)``. Every field must be an
    ``__init__`` parameter, in declaration order (true of plain dataclasses)."""
    return by_builder(cls, cls)


def by_builder(cls: type[T], build: Callable[..., T]) -> type[T]:
    """Pickle instances of ``cls`` as ``build(*field_values)``: for a class whose constructor
    costs more than a function that builds it (a frozen dataclass's __init__). ``build`` must
    take every field, in declaration order, and be importable by its name."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if not all(f.init for f in fields):
        raise TypeError(f"{cls.__name__}: every field must be an __init__ parameter")
    get = operator.attrgetter(*(f.name for f in fields))  # one name: the value, not a tuple
    single = len(fields) == 1

    def __reduce__(self: Any) -> tuple[Callable[..., T], tuple[Any, ...]]:
        return build, ((get(self),) if single else get(self))

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls
