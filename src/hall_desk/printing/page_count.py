"""A ReportLab canvas that holds its pages back until the document ends, so that each page
can be decorated knowing how many there are ("第 n 页 共 m 页"). Internal to
``hall_desk.printing``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

#: Draws on a page: the canvas, the page's number and the number of pages.
Decorate = Callable[[Canvas, int, int], None]


def counted_canvas(decorate: Decorate) -> type[Canvas]:
    """A canvas class (``canvasmaker``) that calls ``decorate`` on every page at the end."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._held:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, len(self._held))
                super().showPage()
            super().save()

    return NumberedCanvas
