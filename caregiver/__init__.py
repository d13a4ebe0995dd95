"""Caregiver review pages: consented patients, timeline, trends, audit log (see caregiver/app.py)."""
