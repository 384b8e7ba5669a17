"""Reference data shipped in the package: the municipalities of Västerbotten."""

from __future__ import annotations

import csv
import io
from importlib import resources

from helavb_desktop.domain.errors import DomainError
from helavb_desktop.domain.models import Municipality

_CSV = ("resources", "data", "vasterbotten_kommuner.csv")


def municipalities_csv_text() -> str:
    """The shipped CSV (a copy of shared/data; SOU 2017:1 flag and its source kept as data)."""
    return resources.files("helavb_desktop").joinpath(*_CSV).read_text(encoding="utf-8")


def parse_municipalities(text: str) -> list[Municipality]:
    """Parse the reference CSV; refuses a file missing columns or with a bad row."""
    rows = list(csv.DictReader(io.StringIO(text)))
    result: list[Municipality] = []
    for line, row in enumerate(rows, start=2):
        try:
            result.append(
                Municipality(
                    code=row["kommunkod"].strip(),
                    name=row["kommun"].strip(),
                    lat=float(row["centroid_lat"]),
                    lon=float(row["centroid_lon"]),
                    skr_group=row["skr_kommungrupp_2017"].strip(),
                    leader_area=row["leader_area_2023_2027"].strip(),
                    priority=row["sou_2017_1_priority"].strip().lower() == "true",
                    priority_source=(row.get("priority_source") or "").strip(),
                )
            )
        except (KeyError, ValueError, AttributeError) as exc:
            raise DomainError(f"municipality reference data, line {line}: {exc}") from exc
    return result


def load_municipalities() -> list[Municipality]:
    return parse_municipalities(municipalities_csv_text())
