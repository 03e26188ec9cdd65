"""The kinds of answer a step asks for, each offering options, reading what users type and tap, and showing it back."""

from dialogs.answers.base import Context, Field
from dialogs.answers.deadline import Deadline
from dialogs.answers.free_text import Text, TextList
from dialogs.answers.picking import Choice, MultiChoice, Pick
from dialogs.answers.quantity import Number
from dialogs.answers.rating import Rating

__all__ = ["Choice", "Context", "Deadline", "Field", "MultiChoice", "Number", "Pick", "Rating", "Text", "TextList"]
