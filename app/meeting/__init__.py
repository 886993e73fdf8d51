"""The meeting domain: reference data, commands, events, state, and the rules (decide/evolve)."""
