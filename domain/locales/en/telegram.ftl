# The bot's profile on Telegram (setMyDescription: 512 characters at most; setMyShortDescription: 120).
bot-description = I help you build your marketing plan step by step: diagnosis, objectives, target and positioning, offer, price, place, promotion, then a dated action plan with its KPIs. About 5 minutes in express, or a proper session in complete. Then I remind you of your actions and measure your results. Tap Start.
bot-short-description = Your marketing plan in a few minutes, then reminders for your actions and your results measured.
