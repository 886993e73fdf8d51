"""Remote feeds on screen: libvlc players, tiles, the grid and the feed simulator."""
