"""`aria voice` (microphone or --wav files) and `aria voice download-model`.

Every problem a person can fix (no microphone, no model, no speech library) ends in one sentence on
what to do and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from coach.content import ContentError
from local_voice.audio_in import AudioInputError
from local_voice.model_download import (
    MODEL_URL,
    PUBLISHED_SIZE_MB,
    DownloadError,
    default_model_path,
    default_models_dir,
    download_model,
)
from local_voice.recognizer import RecognizerError
from local_voice.speaker import SpeechOutputError

USAGE_ERRORS = (AudioInputError, RecognizerError, SpeechOutputError, DownloadError)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="aria voice", description=(
        "Talk to Aria offline. Say \"Aria\" or \"hey Aria\" to start. Other modes: --text (typed), "
        "--wav FILE... (recorded utterances), `aria voice download-model`."))
    p.add_argument("--engine", choices=("vosk", "pocketsphinx"), default="vosk",
                   help="speech recognizer (pocketsphinx: the lower-accuracy fallback, no download needed)")
    p.add_argument("--model", default=None, help="Vosk model folder (default: ARIA_VOSK_MODEL, else the "
                   "downloaded small English model)")
    p.add_argument("--wav", nargs="+", metavar="FILE", help="recorded utterances instead of the microphone")
    p.add_argument("--say-to", metavar="DIR", help="write Aria's speech as WAV files (+ transcript.jsonl) in DIR")
    p.add_argument("--user", default="local", help="who is talking (default: local)")
    p.add_argument("--db", default=None, help="store URL (default: ARIA_DATABASE_URL or local SQLite)")
    wake = p.add_mutually_exclusive_group()
    wake.add_argument("--wake", dest="wake", action="store_true", default=None,
                      help="wait for \"Aria\" before talking (default with a microphone)")
    wake.add_argument("--no-wake", dest="wake", action="store_false", help="start talking at once (default with --wav)")
    p.add_argument("--silence-timeout", type=float, default=20.0, help="seconds of quiet that end a conversation")
    p.add_argument("--hangover", type=float, default=0.6, help="seconds of quiet that end an utterance")
    p.add_argument("--device", default=None, help="sounddevice input device (number or name)")
    return p


def download_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="aria voice download-model",
                                description=f"Download the small English Vosk model (about {PUBLISHED_SIZE_MB} MB).")
    p.add_argument("--url", default=MODEL_URL)
    p.add_argument("--sha256", default=None, help="expected SHA-256 of the zip (also ARIA_VOSK_MODEL_SHA256)")
    p.add_argument("--dest", default=None, help=f"models folder (default: {default_models_dir()})")
    return p


def resolve_model(arg: str | None) -> Path:
    return Path(arg or os.environ.get("ARIA_VOSK_MODEL") or default_model_path()).expanduser()


def make_recognizer(engine: str, model: str | None, content: Any) -> Any:
    if engine == "pocketsphinx":
        from local_voice.grammar import grammar_phrases
        from local_voice.recognizer import PocketSphinxRecognizer

        phrases, _crisis = grammar_phrases(content)
        return PocketSphinxRecognizer(phrases)
    from local_voice.recognizer import VoskRecognizer

    return VoskRecognizer.from_path(resolve_model(model))  # open vocabulary: the safety screen sees real words


def run_download(argv: list[str], err: TextIO) -> int:
    args = download_parser().parse_args(argv)
    try:
        result = download_model(args.url, Path(args.dest) if args.dest else None, args.sha256, out=err)
    except DownloadError as exc:
        print(str(exc), file=err)
        return 2
    print(f"Model ready at {result.model_dir} ({result.bytes / 1e6:.1f} MB, SHA-256 {result.sha256}).", file=err)
    if not args.sha256 and not os.environ.get("ARIA_VOSK_MODEL_SHA256"):
        print("No checksum was given to compare with: check the SHA-256 above against the publisher's.", file=err)
    return 0


def main(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    if argv[:1] == ["download-model"]:
        return run_download(argv[1:], err)
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.ERROR, format="%(message)s")
    closers: list[Any] = []
    try:
        return _run(args, out, closers)
    except USAGE_ERRORS as exc:
        print(str(exc), file=err)
        return 2
    except ContentError as exc:  # content/ that does not load names the file and field to fix
        print(f"Aria's content could not be loaded: {exc}", file=err)
        return 2
    except KeyboardInterrupt:
        print("\nGoodbye.", file=out)
        return 0
    finally:
        for thing in reversed(closers):
            with contextlib.suppress(Exception):  # shutting down must not hide the real message
                thing.close()


def _run(args: argparse.Namespace, out: TextIO, closers: list[Any]) -> int:
    from coach.content import default_content
    from local_voice.audio_in import MicrophoneSource, wav_script

    content = default_content()
    # A model the person named (flag or ARIA_VOSK_MODEL) is checked before the microphone, so a typo in
    # its path is what they hear about; with neither, a missing microphone is the more basic problem.
    named_model = args.engine == "vosk" and bool(args.model or os.environ.get("ARIA_VOSK_MODEL"))
    recognizer = make_recognizer(args.engine, args.model, content) if named_model else None
    source: Any = (wav_script(args.wav, gap_s=args.hangover + 0.6) if args.wav
                   else MicrophoneSource(_device(args.device)))
    closers.append(source)
    if recognizer is None:
        recognizer = make_recognizer(args.engine, args.model, content)

    from local_voice.speaker import LivePlayer, Synthesizer, WavWriterPlayer

    synth = Synthesizer()
    player: Any = WavWriterPlayer(args.say_to, synth) if args.say_to else LivePlayer(synth)
    closers.append(player)

    from local_voice.coach_factory import make_coach
    from local_voice.loop import LoopConfig, VoiceLoop
    from local_voice.reminders import Reminders

    coach = make_coach(args.db)
    closers.append(coach)  # turns the store never took go to the outbox on the way out
    wake = args.wake if args.wake is not None else not args.wav
    config = LoopConfig(user_id=args.user, wake_required=wake, silence_timeout_s=args.silence_timeout,
                        hangover_s=args.hangover)
    transcript = Path(args.say_to) / "transcript.jsonl" if args.say_to else None
    loop = VoiceLoop(coach, recognizer, source, player, config, transcript_path=transcript, out=out,
                     reminders=Reminders(coach.store, args.user, content))
    if wake:
        print("Listening. Say \"Aria\" or \"hey Aria\" to start; Ctrl-C to quit.", file=out, flush=True)
    return loop.run()


def _device(value: str | None) -> int | str | None:
    if value is None:
        return None
    return int(value) if value.isdigit() else value
