"""The screens outside the interview (navigation, review, language, follow-up, adviser, data), behind one protocol."""
