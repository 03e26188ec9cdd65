"""Documents made from a plan: the text plan, Markdown and HTML, PDF, charts, calendar, the end card."""
