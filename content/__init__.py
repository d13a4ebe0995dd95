"""Data only: the YAML files beside this file are Coach Aria's words. See coach/content_schema.py."""
