"""A coordinator resolves a conflict on the hub; the decision syncs to every laptop. Field
officers may not resolve (403, nothing changes)."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from conftest import Hub, Laptop, hub_view

from helavb_desktop.domain.models import RecordType
from helavb_desktop.sync.client import Forbidden, HubClient, SyncError


def test_coordinator_resolution_syncs_and_officers_get_403(
    hub: Hub, make_laptop: Callable[..., Laptop]
) -> None:
    a, b = make_laptop("a", "anna"), make_laptop("b", "bertil")
    rec = a.register.create(
        RecordType.INITIATIVE, {"title": "Lokal matproduktion", "focus_area": "katalysator"}
    )
    a.sync()
    b.sync()
    a.register.update(RecordType.INITIATIVE, rec.id, {"responsible": "Anna"})
    b.register.update(RecordType.INITIATIVE, rec.id, {"responsible": "Bertil"})
    a.sync()
    b.sync()
    [conflict] = hub.conflicts()

    with httpx.Client() as http:
        officer = HubClient(hub.url, hub.tokens["anna"], client=http)
        with pytest.raises(Forbidden):
            officer.resolve(conflict.id, "Anna")
        assert hub.conflicts()[0].status == "open"
        coordinator = HubClient(hub.url, hub.tokens["sam"], client=http)
        answer = coordinator.resolve(conflict.id, "Anna och Bertil", note="Delat ansvar")
        with pytest.raises(SyncError, match="409"):
            coordinator.resolve(conflict.id, "Anna")
        with pytest.raises(SyncError, match="422"):
            coordinator.resolve(999_999, "x")

    stored = hub.records()[("initiative", rec.id)]
    assert stored["responsible"] == "Anna och Bertil" and stored["_version"] == answer.version
    for laptop in (a, b):
        laptop.sync()
        assert laptop.register.get(RecordType.INITIATIVE, rec.id).responsible == ("Anna och Bertil")
        assert laptop.local.conflicts() == []
        assert [c.status for c in laptop.local.conflicts(status=None)] == ["resolved"]
        assert laptop.rows() == hub_view(hub)
