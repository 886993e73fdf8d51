"""Feed video: players, tiles and the grid (the only place besides ui/ that touches libvlc)."""
