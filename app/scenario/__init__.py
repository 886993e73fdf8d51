"""Scenario files (klubban-scenario/1): parse, play, export."""
