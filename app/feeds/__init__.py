"""Feed health: a pure state machine fed with samples measured by the player adapter."""
