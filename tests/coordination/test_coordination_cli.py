"""Exit codes and messages of the coordinator commands: refusals are exit 1 with a reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from coord_helpers import data_dir_of, log_in
from sync_fixtures import Hub, Laptop

from helavb_desktop.domain.models import RecordType
from helavb_desktop.hub.process import free_port
from helavb_desktop.services.coordination import NeedsHub, NotAllowed
from helavb_desktop.services.sync_credentials import Credentials, TokenStore
from helavb_desktop.sync.coordination_gateway import build_coordination_service

INI = RecordType.INITIATIVE


def _err(capsys: Any) -> str:
    return str(capsys.readouterr().err)


def test_refusals_exit_1_with_a_reason(
    hub: Hub, make_laptop: Callable[..., Laptop], cli: Callable[..., int], capsys: Any
) -> None:
    s = make_laptop("s", "sam")
    one = s.register.create(INI, {"title": "Byskola i Ammarnäs", "focus_area": "katalysator"})
    two = s.register.create(INI, {"title": "Byskolan Ammarnäs", "focus_area": "katalysator"})
    folder = data_dir_of(s)

    # not logged in
    assert cli(folder, "conflicts", "resolve", "1", "--take", "hub") == 1
    assert "not logged in" in _err(capsys)
    assert cli(folder, "duplicates", "merge", one.id, two.id) == 1
    assert "not logged in" in _err(capsys)

    log_in(s, hub)
    # unknown conflict
    assert cli(folder, "conflicts", "resolve", "4711", "--take", "hub") == 1
    assert "4711" in _err(capsys)
    # the records exist only on this laptop until it syncs: the hub does not know them
    assert cli(folder, "duplicates", "merge", one.id, two.id) == 1
    assert "finns inte på navet" in _err(capsys)
    s.sync()
    assert cli(folder, "duplicates", "unmerge", two.id) == 1
    assert "inte sammanslagen" in _err(capsys)
    assert cli(folder, "duplicates", "merge", one.id, one.id) == 1
    assert cli(folder, "duplicates", "merge", one.id, "no-such-id") == 1
    assert "no-such-id" in _err(capsys)
    # a --take field the record does not have is a usage error
    assert cli(folder, "duplicates", "merge", one.id, two.id, "--take", "colour") == 2
    _err(capsys)
    # --take and --value exclude each other
    with pytest.raises(SystemExit) as exit_info:
        cli(folder, "conflicts", "resolve", "1", "--take", "hub", "--value", "x")
    assert exit_info.value.code == 2
    _err(capsys)

    # hub unreachable
    dead = f"http://127.0.0.1:{free_port()}"
    TokenStore(folder).save(Credentials(dead, "sam", hub.tokens["sam"], "samordnare"))
    assert cli(folder, "duplicates", "merge", one.id, two.id) == 1
    assert "Navet svarar inte" in _err(capsys)
    assert cli(folder, "history", "initiative", one.id) == 0  # the local part, with a warning
    assert "endast lokala" in _err(capsys)


def test_value_is_parsed_as_the_fields_type(
    hub: Hub, make_laptop: Callable[..., Laptop], cli: Callable[..., int], capsys: Any
) -> None:
    a, b, s = make_laptop("a", "anna"), make_laptop("b", "bertil"), make_laptop("s", "sam")
    rec = a.register.create(INI, {"title": "Laddstolpar", "focus_area": "katalysator"})
    a.sync()
    b.sync()
    a.register.update(INI, rec.id, {"start_date": "2026-01-10"})
    b.register.update(INI, rec.id, {"start_date": "2026-02-20"})
    a.sync()
    b.sync()
    s.sync()
    [conflict] = hub.conflicts()
    folder = log_in(s, hub)
    assert cli(folder, "conflicts", "resolve", str(conflict.id), "--value", "inte ett datum") == 1
    assert "start_date" in _err(capsys)
    assert hub.conflicts()[0].status == "open"
    assert cli(folder, "conflicts", "resolve", str(conflict.id), "--value", "2026-03-01") == 0
    assert s.register.get(INI, rec.id).start_date.isoformat() == "2026-03-01"
    # resolving twice is refused
    assert cli(folder, "conflicts", "resolve", str(conflict.id), "--take", "hub") == 1
    assert "redan löst" in _err(capsys)


def test_service_refusals_for_a_field_officer(hub: Hub, make_laptop: Callable[..., Laptop]) -> None:
    a = make_laptop("a", "anna")
    one = a.register.create(INI, {"title": "Byskola i Ammarnäs", "focus_area": "katalysator"})
    two = a.register.create(INI, {"title": "Byskolan Ammarnäs", "focus_area": "katalysator"})
    a.sync()
    service = build_coordination_service(a.db, data_dir_of(a))
    with pytest.raises(NeedsHub):
        service.merge(INI, one.id, two.id)
    log_in(a, hub)
    with pytest.raises(NotAllowed, match="samordnare"):
        service.merge(INI, one.id, two.id)
    with pytest.raises(NotAllowed):
        service.unmerge(INI, two.id)
    assert service.role() == "faltpersonal" and not service.can_coordinate()
