"""40 users at once while the real ``planbot run`` is killed (SIGKILL) three times: nobody is left waiting.

Every update is written to the inbox before Telegram is told it arrived, so an update fetched (polling) or
received (webhook) and not yet handled is handled after the restart; one whose answer was saved but whose reply
died with the process is shown the current question again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogs.core.steps import StepId
from tests import crash_burst
from tests.scripts import EXPRESS_FR, until_step


@pytest.mark.parametrize("webhook", [False, True], ids=["polling", "webhook"])
def test_every_user_of_a_burst_gets_the_next_question_and_keeps_every_answer_across_three_kills(
    tmp_path: Path, webhook: bool
) -> None:
    burst = crash_burst.run(tmp_path, until_step(EXPRESS_FR, StepId.GOAL), users=40, kills=3, webhook=webhook)
    assert burst.stuck == ()
    assert burst.answered == burst.users == 40, "every user got the question after each of their messages"
    assert burst.intact == 40, "every stored plan is the one the user's answers give"
    assert burst.tracebacks == 0
