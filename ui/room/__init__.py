"""The room display: what everyone in the room (and at a distance) should see at a glance."""
