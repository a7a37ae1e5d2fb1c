"""A zip whose bytes depend only on its members: fixed timestamps and modes, names in sorted order.

The same report therefore downloads as the same bytes on every request and every server, so its ETag holds.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping

# The earliest time a zip entry can carry; any fixed value would do.
EPOCH = (1980, 1, 1, 0, 0, 0)
FILE_MODE = 0o100644 << 16  # a regular file, rw-r--r--, in the Unix attribute bits


def deterministic_zip(members: Mapping[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so that the mode bits mean the same everywhere
            info.external_attr = FILE_MODE
            archive.writestr(info, members[name], compresslevel=6)
    return out.getvalue()
