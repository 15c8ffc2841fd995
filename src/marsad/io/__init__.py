"""Reading articles from files, directories and standard input."""
