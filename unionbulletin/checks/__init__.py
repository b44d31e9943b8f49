"""Proofreading (校对) rules over a bulletin."""
