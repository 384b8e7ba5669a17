"""The hub's HTTP API in-process (FastAPI TestClient over a real SQLite/PostgreSQL database):
credentials, roles, validation, paging, migrations."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from helavb_desktop.hub import auth
from helavb_desktop.hub.app import create_app
from helavb_desktop.hub.db import alembic_config, open_hub, upgrade_hub
from helavb_desktop.hub.models import HubUserRow, RecordRow, TokenRow


@pytest.fixture
def api(hub_db_url: str) -> Iterator[TestClient]:
    engine, sessions = open_hub(hub_db_url)
    with sessions.begin() as s:
        auth.add_user(s, "anna", "faltpersonal", "anna-losenord")
        auth.add_user(s, "root", "admin", "root-losenord")
    engine.dispose()
    app = create_app(hub_db_url)
    with TestClient(app) as client:
        yield client
    app.state.engine.dispose()


def _token(api: TestClient, user: str, password: str) -> dict[str, str]:
    answer = api.post("/login", json={"user": user, "password": password})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def _op(**kw: Any) -> dict[str, Any]:
    op = {
        "op_id": str(uuid.uuid4()),
        "device_seq": 1,
        "table": "initiative",
        "row_id": str(uuid.uuid4()),
        "base_version": None,
        "kind": "upsert",
        "fields": {"title": "Ny insats", "focus_area": "brobyggare"},
    }
    op.update(kw)
    return op


def _records(api: TestClient) -> int:
    with api.app.state.sessions() as s:  # type: ignore[attr-defined]
        return int(s.scalar(select(func.count()).select_from(RecordRow)) or 0)


def test_health_needs_no_credentials(api: TestClient) -> None:
    answer = api.get("/health")
    assert answer.status_code == 200
    assert answer.json()["service"] == "helavb-hub" and answer.json()["test_hub"] is False


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic YW5uYTphbm5h"}],
    ids=["missing", "wrong", "not-bearer"],
)
def test_missing_or_wrong_credentials_get_401_and_change_nothing(
    api: TestClient, headers: dict[str, str]
) -> None:
    push = api.post("/push", json={"device_id": "d", "ops": [_op()]}, headers=headers)
    assert push.status_code == 401
    assert push.headers["www-authenticate"] == "Bearer"
    assert api.get("/pull", headers=headers).status_code == 401
    assert api.get("/conflicts", headers=headers).status_code == 401
    assert _records(api) == 0


def test_wrong_password_or_user_is_401(api: TestClient) -> None:
    assert api.post("/login", json={"user": "anna", "password": "fel"}).status_code == 401
    assert api.post("/login", json={"user": "okand", "password": "x" * 10}).status_code == 401
    with api.app.state.sessions() as s:  # type: ignore[attr-defined]
        assert s.scalar(select(func.count()).select_from(TokenRow)) == 0


def test_forbidden_action_is_403_and_changes_nothing(api: TestClient) -> None:
    officer = _token(api, "anna", "anna-losenord")
    body = {"name": "mallory", "role": "admin", "password": "mallory-losenord"}
    assert api.post("/users", json=body, headers=officer).status_code == 403
    admin = _token(api, "root", "root-losenord")
    assert api.post("/users", json=body, headers=admin).status_code == 201
    with api.app.state.sessions() as s:  # type: ignore[attr-defined]
        assert s.get(HubUserRow, "mallory") is not None


def test_passwords_are_argon2_hashes(api: TestClient) -> None:
    with api.app.state.sessions() as s:  # type: ignore[attr-defined]
        stored = s.get(HubUserRow, "anna")
        assert stored is not None
        assert (
            stored.password_hash.startswith("$argon2")
            and "anna-losenord" not in stored.password_hash
        )


def test_malformed_ops_are_refused_per_op(api: TestClient) -> None:
    officer = _token(api, "anna", "anna-losenord")
    ops = [
        _op(fields={"title": "Ok", "focus_area": "brobyggare"}),
        _op(fields={"title": "X", "focus_area": "okänt"}),
        _op(fields={"nonsense": 1}),
        _op(table="secrets"),
        _op(fields={"title": "Utan insatsområde"}),
    ]
    answer = api.post("/push", json={"device_id": "d", "ops": ops}, headers=officer)
    assert answer.status_code == 200
    assert [r["status"] for r in answer.json()["results"]] == [
        "applied",
        "rejected",
        "rejected",
        "rejected",
        "rejected",
    ]
    assert _records(api) == 1
    too_many = [_op(device_seq=i) for i in range(1001)]
    big = api.post("/push", json={"device_id": "d", "ops": too_many}, headers=officer)
    assert big.status_code == 413


def test_pull_pages_cover_everything_once(api: TestClient) -> None:
    officer = _token(api, "anna", "anna-losenord")
    ops = [_op(device_seq=i) for i in range(1, 26)]
    api.post("/push", json={"device_id": "d", "ops": ops}, headers=officer)
    # Edit some records again: they must move to the end of the feed, not appear twice.
    again = [
        _op(device_seq=30 + i, row_id=ops[i]["row_id"], base_version=i + 1, fields={"tags": ["x"]})
        for i in range(0, 25, 5)
    ]
    api.post("/push", json={"device_id": "d", "ops": again}, headers=officer)
    cursor, seen, pages = 0, [], 0
    while True:
        page = api.get("/pull", params={"cursor": cursor, "limit": 4}, headers=officer).json()
        pages += 1
        seen += [c["row_id"] for c in page["changes"]]
        assert page["cursor"] >= cursor
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert sorted(seen) == sorted(o["row_id"] for o in ops)
    assert pages >= 7
    empty = api.get("/pull", params={"cursor": cursor}, headers=officer).json()
    assert empty["changes"] == [] and empty["cursor"] == cursor


def test_migrations_have_one_head_and_rerun_cleanly(hub_db_url: str) -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1
    engine, _sessions = open_hub(hub_db_url)
    assert upgrade_hub(engine) == heads[0]  # a second start changes nothing
    engine.dispose()


def test_new_password_revokes_old_tokens(api: TestClient) -> None:
    officer = _token(api, "anna", "anna-losenord")
    assert api.get("/pull", headers=officer).status_code == 200
    with api.app.state.sessions.begin() as s:  # type: ignore[attr-defined]
        auth.add_user(s, "anna", "faltpersonal", "nytt-losenord")
    assert api.get("/pull", headers=officer).status_code == 401
    assert api.get("/pull", headers=_token(api, "anna", "nytt-losenord")).status_code == 200
