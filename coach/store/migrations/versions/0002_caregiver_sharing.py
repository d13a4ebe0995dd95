"""Caregiver sharing: caregiver accounts, consents with link codes, the audit log, failed sign-in attempts.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Plain types here (not the app's TypeDecorators): a migration is frozen history.
TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "caregivers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("session_version", sa.Integer, nullable=False, server_default="0"),
        sa.UniqueConstraint("email", name="uq_caregivers_email"),
    )
    op.create_table(
        "consent_grants",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
        sa.Column("caregiver_id", sa.Integer, sa.ForeignKey("caregivers.id", ondelete="CASCADE")),
        sa.Column("label", sa.String(64), nullable=False),
        sa.Column("categories", sa.JSON, nullable=False),
        sa.Column("purpose", sa.String(128), nullable=False),
        sa.Column("allow_export", sa.Boolean, nullable=False),
        sa.Column("display_name", sa.String(64), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("revoked_at", TS),
        sa.Column("code_hash", sa.String(255)),
        sa.Column("code_expires_at", TS, nullable=False),
        sa.Column("linked_at", TS),
        sa.UniqueConstraint("person_id", "created_at", name="uq_consent_grants_person_created"),
    )
    op.create_index("ix_consent_grants_person", "consent_grants", ["person_id", "expires_at"])
    op.create_index("ix_consent_grants_caregiver", "consent_grants", ["caregiver_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
        sa.Column("caregiver_id", sa.Integer, sa.ForeignKey("caregivers.id", ondelete="CASCADE"), nullable=False),
        sa.Column("grant_id", sa.Integer, sa.ForeignKey("consent_grants.id", ondelete="SET NULL")),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("at", TS, nullable=False),
    )
    op.create_index("ix_audit_log_person_at", "audit_log", ["person_id", "at"])
    op.create_table(
        "auth_failures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(128), nullable=False),
        sa.Column("at", TS, nullable=False),
    )
    op.create_index("ix_auth_failures_key_at", "auth_failures", ["key", "at"])


def downgrade() -> None:
    for table in ("auth_failures", "audit_log", "consent_grants", "caregivers"):
        op.drop_table(table)
