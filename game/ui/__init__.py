"""Drawing helpers and widgets shared by the scenes."""
