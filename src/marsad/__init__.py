"""marsad (مرصد): Arabic conflict news to structured, geocoded, source-attributed event data."""
__version__ = "0.1.0"
