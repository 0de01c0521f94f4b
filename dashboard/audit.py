"""The audit trail: every review change, with who made it, when, and the row before
and after (table ``audit_log``, created by the store's migration 3).

Writers call :func:`record_change` inside the transaction that makes the
change, so a change and its audit row are committed together or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

from sqlalchemy import Connection, select

from dashboard.access import LOCAL_EDITOR, clean_editor_name
from dashboard.store import Store, audit_log

Entity = Literal["mention", "article", "alias"]
ENTITIES: tuple[Entity, ...] = ("mention", "article", "alias")
MAX_WHO_CHARS = 200


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One change: ``before`` is None for a creation, ``after`` None for a deletion."""

    entry_id: int
    at: datetime
    who: str
    action: str
    entity: Entity
    entity_id: int
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def editor_name(name: str | None) -> str:
    """Return the name to record for ``name``: trimmed, or ``"local"`` when blank."""
    cleaned = clean_editor_name(name)
    return (cleaned or LOCAL_EDITOR)[:MAX_WHO_CHARS]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"Expected JSON-ready audit values, instead got {value!r}")


def _dump(row: Mapping[str, Any] | None) -> str | None:
    if row is None:
        return None
    return json.dumps(dict(row), default=_plain, sort_keys=True, ensure_ascii=False)


def record_change(
    conn: Connection,
    *,
    who: str | None,
    action: str,
    entity: Entity,
    entity_id: int,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
) -> None:
    """Add one audit row inside the caller's transaction."""
    if entity not in ENTITIES:
        raise ValueError(f"Expected an entity in {ENTITIES}, instead got {entity!r}")
    conn.execute(
        audit_log.insert().values(
            at=datetime.now(UTC),
            who=editor_name(who),
            action=action,
            entity=entity,
            entity_id=int(entity_id),
            before=_dump(before),
            after=_dump(after),
        )
    )


def audit_entries(
    store: Store,
    *,
    entity: Entity | None = None,
    entity_id: int | None = None,
    limit: int = 200,
) -> list[AuditEntry]:
    """Return the newest changes first, optionally of one entity (and one id)."""
    query = select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
    if entity is not None:
        query = query.where(audit_log.c.entity == entity)
    if entity_id is not None:
        query = query.where(audit_log.c.entity_id == entity_id)

    def read(conn: Connection) -> list[AuditEntry]:
        return [
            AuditEntry(
                entry_id=row.id,
                at=row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC),
                who=row.who,
                action=row.action,
                entity=row.entity,
                entity_id=row.entity_id,
                before=json.loads(row.before) if row.before else None,
                after=json.loads(row.after) if row.after else None,
            )
            for row in conn.execute(query)
        ]

    return store.read(read, what="read the audit trail")
