"""The Alexa channel: ask-sdk-core handlers over the shared engine, served by Flask with request verification."""
