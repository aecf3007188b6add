"""Files in and out: what kind of input a file is (by content), and one boundary for writing
output files (temp file + rename, every failure an OutputError naming the path)."""

from .output import OutputError, atomic_path, check_output_path, write_text_atomic

__all__ = ["OutputError", "atomic_path", "check_output_path", "write_text_atomic"]
