"""Reading what people type on a phone: numbers, dates, lists, choices, hedges."""
