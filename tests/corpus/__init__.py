"""The corpus of answers as people type them on a phone: one data file per kind, and how a case is played."""
