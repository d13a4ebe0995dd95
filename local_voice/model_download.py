"""`aria voice download-model`: fetch the small English Vosk model, resumably, with a progress bar.

The partial file is kept as NAME.zip.part; a second run asks the server for the rest (HTTP Range) and
starts over only if the server ignores the range. The SHA-256 is checked when one is known (pass --sha256
or set ARIA_VOSK_MODEL_SHA256); otherwise the computed checksum is printed so it can be compared with the
one the model's publisher lists.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from local_voice.reminders import data_dir

MODEL_NAME = "vosk-model-small-en-us-0.15"
MODEL_URL = f"https://alphacephei.com/vosk/models/{MODEL_NAME}.zip"
# The size alphacephei.com lists for this model ("40M"); the exact byte count and checksum are not pinned
# here because they could not be checked from this network: pass --sha256 to enforce one.
PUBLISHED_SIZE_MB = 40


class DownloadError(Exception):
    """A download that did not produce a usable model; the message says what to do."""


@dataclass
class Downloaded:
    model_dir: Path
    sha256: str
    bytes: int
    resumed_from: int


def default_models_dir() -> Path:
    return data_dir() / "models"


def default_model_path() -> Path:
    return default_models_dir() / MODEL_NAME


def _bar(done: int, total: int | None, out: TextIO) -> None:
    if total:
        frac = min(1.0, done / total)
        filled = int(frac * 30)
        out.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {frac * 100:5.1f}%  "
                  f"{done / 1e6:6.1f} / {total / 1e6:.1f} MB")
    else:
        out.write(f"\r{done / 1e6:6.1f} MB")
    out.flush()


def fetch(url: str, part: Path, out: TextIO, timeout_s: float = 30.0, chunk: int = 1 << 16) -> int:
    """Download url into part, continuing a previous partial file. Returns the byte offset resumed from."""
    have = part.stat().st_size if part.exists() else 0
    request = urllib.request.Request(url, headers={"User-Agent": "coach-aria-voice"})
    if have:
        request.add_header("Range", f"bytes={have}-")
    try:
        response = urllib.request.urlopen(request, timeout=timeout_s)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and have:  # we already have every byte
            return have
        raise DownloadError(f"The server refused the download (HTTP {exc.code}): check the URL or try later.") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DownloadError(f"Could not reach {url} ({reason}): check the network connection and run "
                            "`aria voice download-model` again; it resumes where it stopped.") from None
    with response:
        status = getattr(response, "status", 200)
        resumed = have if status == 206 else 0
        length = response.headers.get("Content-Length")
        total = resumed + int(length) if length and length.isdigit() else None
        done = resumed
        try:
            with part.open("ab" if resumed else "wb") as f:
                while True:
                    block = response.read(chunk)
                    if not block:
                        break
                    f.write(block)
                    done += len(block)
                    _bar(done, total, out)
        except (OSError, urllib.error.URLError) as exc:
            out.write("\n")
            raise DownloadError(f"The download stopped at {done / 1e6:.1f} MB ({exc}): run "
                                "`aria voice download-model` again to resume.") from None
        out.write("\n")
        if total is not None and done < total:
            raise DownloadError(f"The download stopped at {done / 1e6:.1f} of {total / 1e6:.1f} MB: run "
                                "`aria voice download-model` again to resume.")
    return resumed


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def install_zip(archive: Path, models_dir: Path) -> Path:
    """Unpack into models_dir; the model's folder appears only once it is complete (rename at the end)."""
    staging = models_dir / ".unpacking"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():  # refuse paths that would escape the folder
                target = (staging / name).resolve()
                if not str(target).startswith(str(staging.resolve())):
                    raise DownloadError(f"The archive {archive.name} contains an unsafe path: delete it and retry.")
            zf.extractall(staging)
    except zipfile.BadZipFile:
        shutil.rmtree(staging, ignore_errors=True)
        archive.unlink(missing_ok=True)
        raise DownloadError(f"{archive.name} is not a valid zip file: it was deleted; "
                            "run the download again.") from None
    tops = list(staging.iterdir())
    source = tops[0] if len(tops) == 1 and tops[0].is_dir() else staging
    final = models_dir / (source.name if source is not staging else archive.stem)
    shutil.rmtree(final, ignore_errors=True)
    source.rename(final)
    shutil.rmtree(staging, ignore_errors=True)
    return final


def download_model(url: str = MODEL_URL, models_dir: Path | None = None, sha256: str | None = None,
                   out: TextIO | None = None) -> Downloaded:
    out = out or sys.stderr
    models_dir = Path(models_dir or default_models_dir())
    models_dir.mkdir(parents=True, exist_ok=True)
    name = url.rstrip("/").rsplit("/", 1)[-1] or "model.zip"
    archive = models_dir / name
    part = models_dir / (name + ".part")
    resumed = 0
    if not archive.exists():
        resumed = fetch(url, part, out)
        part.rename(archive)
    digest = sha256_of(archive)
    expected = (sha256 or os.environ.get("ARIA_VOSK_MODEL_SHA256") or "").strip().lower()
    if expected and digest != expected:
        archive.unlink(missing_ok=True)
        raise DownloadError(f"Checksum mismatch for {name} (expected {expected[:12]}…, got {digest[:12]}…): the "
                            "file was deleted; run the download again, and check the --sha256 value.")
    size = archive.stat().st_size
    model_dir = install_zip(archive, models_dir)
    archive.unlink(missing_ok=True)
    return Downloaded(model_dir=model_dir, sha256=digest, bytes=size, resumed_from=resumed)
