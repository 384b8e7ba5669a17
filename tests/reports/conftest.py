"""Fixtures for the briefing tests: the sample register and ways to read a PDF back."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from briefing_sample import Sample, build_sample
from pypdf import PdfReader

from helavb_desktop.db.setup import OpenDatabase
from helavb_desktop.services.register import RegisterService


@pytest.fixture
def sample(db: OpenDatabase, register: RegisterService) -> Sample:
    return build_sample(db, register)


@pytest.fixture
def pdf_text() -> Callable[[Path], str]:
    """The text of a PDF as pdftotext (poppler) reads it, pages separated by form feeds."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext missing: apt-get install -y poppler-utils")

    def read(path: Path) -> str:
        result = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"],
            check=True,
            capture_output=True,
            text=True,
        )
        return result.stdout

    return read


@pytest.fixture
def pdf_layout() -> Callable[[Path], str]:
    """The text of a PDF with its layout kept (columns line up)."""

    def read(path: Path) -> str:
        result = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
            check=True,
            capture_output=True,
            text=True,
        )
        return result.stdout

    return read


def pypdf_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


@pytest.fixture
def pypdf_pages() -> Callable[[Path], list[str]]:
    return pypdf_text
