"""The journal port: what the domain needs from an append-only, hash-chained event store."""
