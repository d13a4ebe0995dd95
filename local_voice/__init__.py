"""The offline channel: microphone or WAV in, Vosk/PocketSphinx recognition, pyttsx3 speech out."""
