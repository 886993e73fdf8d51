"""The protocol: a pure projection of the journal (model.py, project.py)."""
