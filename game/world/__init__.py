"""The factory floor: Tiled maps, walkability, path-finding, camera."""
