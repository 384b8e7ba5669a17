"""Printable reports built from domain objects only (no database, no Qt).

``briefing.render_briefing(data)`` turns a :class:`~helavb_desktop.domain.briefing.BriefingData`
into PDF bytes.
"""
