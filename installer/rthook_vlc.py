"""PyInstaller runtime hook: point python-vlc at the bundled libvlc and its plugins before
anything imports vlc."""

import os
import sys
from pathlib import Path

_bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
_name = "libvlc.dll" if sys.platform == "win32" else "libvlc.so.5"
os.environ.setdefault("PYTHON_VLC_LIB_PATH", str(_bundle / _name))
os.environ.setdefault("PYTHON_VLC_MODULE_PATH", str(_bundle / "vlc" / "plugins"))
os.environ.setdefault("VLC_PLUGIN_PATH", str(_bundle / "vlc" / "plugins"))
