"""pluripolar: a source-attributed, time-aware graph of international relations."""

__version__ = "0.1.0"
