"""``planbot chat`` end to end: whole interviews piped into the real command, every section checked."""

from __future__ import annotations

import json
from pathlib import Path

from dialogs.core.steps import StepId
from domain.i18n import catalog
from domain.models import Language, Plan
from tests.console import Running, chat, export
from tests.scripts import COMPLETE_EN, COMPLETE_FR, EXPRESS_EN, EXPRESS_FR, until_step

FR = catalog(Language.FR)


def section(output: str, title: str) -> str:
    """The last printed copy of a section of the plan (the summary), up to the next section."""
    start = output.rindex(f"─── {title}")
    end = output.find("───", output.index("\n", start))
    return output[start : end if end != -1 else None]


def test_a_complete_french_interview_in_the_console_prints_the_whole_plan(tmp_path: Path) -> None:
    out = chat(tmp_path / "p.db", [*COMPLETE_FR, "/plan"])
    assert "Bravo Café Lumière, votre plan marketing est prêt !" in out
    swot = section(out, "DIAGNOSTIC (SWOT)")
    for item in ("• Produits faits maison", "• Petite salle", "• Demande pour le local", "• Hausse des prix"):
        assert item in swot
    assert "Starbucks — Prix : 4/5 · Qualité : 3/5" in swot
    objectives = section(out, "OBJECTIFS SMART")
    assert "Conquête : atteindre 50 nouveaux clients d'ici le 30 juin 2027." in objectives
    assert "Fidélisation : atteindre un taux de réachat de 40 % d'ici le 30 juin 2027." in objectives
    targeting = section(out, "CIBLAGE")
    assert "Score : 14/15" in targeting
    assert "Cible recommandée : Actifs du quartier (14/15)." in targeting
    assert "Cible retenue : Actifs du quartier." in targeting
    positioning = section(out, "POSITIONNEMENT")
    assert (
        "Pour « Actifs du quartier », dont le besoin est un déjeuner bon et rapide, Café Lumière est "
        "un établissement de restauration indépendant qui offre une pause de qualité dans un lieu chaleureux. "
        "Face à « Starbucks », sa différence : tout est fait maison avec des produits locaux." in positioning
    )
    mix = section(out, "MARKETING MIX (4P)")
    for line in ("Prix moyen : 12 €", "Boutique physique", "Réseaux sociaux : 50 % du budget (1 500 €)"):
        assert line in mix
    kpis = section(out, "INDICATEURS À SUIVRE (KPI)")
    assert "Formule : Dépenses marketing et commerciales ÷ nouveaux clients de la même période" in kpis
    assert "Cible : ≤ 35 €" in kpis
    assert "Calcul : 1 750 € de budget sur 7 mois ÷ 50 nouveaux clients." in kpis
    assert "Cible : ≥ 30 %" in kpis
    assert "NPS (Net Promoter Score)" in kpis
    assert out.rstrip().endswith("relancez « planbot chat » pour reprendre.")


def test_an_express_french_interview_in_the_console_takes_eleven_answers(tmp_path: Path) -> None:
    out = chat(tmp_path / "p.db", [*EXPRESS_FR, "/plan"])
    assert out[: out.index("votre plan marketing est prêt")].count("\n> ") == 11
    assert "Cible retenue : Chercheurs de cadeaux." in section(out, "CIBLAGE")
    assert "Conquête : atteindre 40 nouveaux clients d'ici le 30 novembre 2027." in section(out, "OBJECTIFS SMART")
    assert "◦ Proposé d'après votre secteur" in section(out, "DIAGNOSTIC (SWOT)")
    assert "Face à « Ikea », sa différence : chaque pièce est unique et faite à la main." in section(
        out, "POSITIONNEMENT"
    )
    assert "Cible : ≤ 38 €" in section(out, "INDICATEURS À SUIVRE (KPI)"), "1 500 € ÷ 40, in whole euros"


def test_a_complete_english_interview_in_the_console(tmp_path: Path) -> None:
    out = chat(tmp_path / "p.db", [*COMPLETE_EN, "/plan"], "--lang", "en")
    assert "your marketing plan is ready" in out
    assert "• Senior consultants" in section(out, "DIAGNOSIS (SWOT)")
    objectives = section(out, "SMART OBJECTIVES")
    assert "€60,000 in revenue by 31 December 2027" in objectives
    assert "1,500 followers" in objectives
    assert "Chosen target: Accounting firms." in section(out, "TARGETING")
    positioning = section(out, "POSITIONING")
    assert "Compared with “Local IT Co”, what sets it apart: “we answer within one hour, guaranteed”." in positioning
    kpis = section(out, "METRICS TO TRACK (KPIS)")
    assert "Formula: Marketing and sales spend ÷ new customers over the same period" in kpis


def test_an_express_english_interview_in_the_console(tmp_path: Path) -> None:
    out = chat(tmp_path / "p.db", [*EXPRESS_EN, "/plan"], "--lang", "en")
    assert out[: out.index("your marketing plan is ready")].count("\n> ") == 10
    assert "Compared with “Interflora”, what sets it apart: flowers come from growers within 50 km." in section(
        out, "POSITIONING"
    )


def test_a_process_killed_mid_interview_resumes_at_the_same_question_with_every_answer(
    tmp_path: Path,
) -> None:
    db = tmp_path / "p.db"
    with Running(db) as first:
        first.wait_for("Comment s'appelle votre entreprise")
        first.type(*until_step(COMPLETE_FR, StepId.OBJECTIVE_KINDS))
        first.wait_for("Quels objectifs comptent pour vous ?")
        first.kill()
    out = chat(db, ["1,2"])
    assert out.startswith("Bon retour, Café Lumière ! On reprend là où vous en étiez.")
    assert out.index("Quels objectifs comptent pour vous ?") < out.index("> 1,2")
    plan = Plan.model_validate(json.loads(export(db, 0, "json")))
    assert plan.diagnosis.strengths == ("Produits faits maison", "Accueil chaleureux", "Emplacement passant")
    assert [c.name for c in plan.diagnosis.competitors or ()] == ["Starbucks", "Boulangerie Paul"]
    assert plan.diagnosis.competitors is not None
    assert plan.diagnosis.competitors[1].quality == 3
    assert [o.kind for o in plan.objectives or ()] == ["conquest", "loyalty"]


def test_export_writes_the_plan_as_markdown_with_real_tables(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    chat(db, COMPLETE_FR)
    markdown = export(db, 0, "md")
    assert markdown.startswith("# Plan marketing · Café Lumière")
    assert "## Indicateurs à suivre (KPI)" in markdown
    assert "| Indicateur | Formule | Où le mesurer | Cible | Calcul |" in markdown


def test_export_of_an_unknown_user_says_so(tmp_path: Path) -> None:
    import subprocess

    from tests.console import command, environment

    db = tmp_path / "p.db"
    chat(db, ["Café"])
    result = subprocess.run(
        command("export", "--db", str(db), "--user", "99"),
        capture_output=True,
        text=True,
        env=environment(),
        check=False,
    )
    assert result.returncode == 1
    assert "no plan for user 99" in result.stderr


def test_export_writes_pdf_and_ics_on_the_command_line(tmp_path: Path) -> None:
    import subprocess

    from icalendar import Calendar

    from tests.console import command, environment

    db = tmp_path / "p.db"
    chat(db, [*COMPLETE_FR, "1"])
    for fmt, magic in (("pdf", b"%PDF-"), ("ics", b"BEGIN:VCALENDAR")):
        out = tmp_path / f"plan.{fmt}"
        result = subprocess.run(
            command("export", "--db", str(db), "--user", "0", "--format", fmt, "--out", str(out)),
            capture_output=True,
            env=environment(),
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert out.read_bytes().startswith(magic)
    events = Calendar.from_ical((tmp_path / "plan.ics").read_bytes()).walk("VEVENT")
    assert len(events) == 8, "one per action kept: the loyalty card was dropped"
    weekly = next(e for e in events if str(e["SUMMARY"]).startswith("Publier chaque matin"))
    assert weekly["RRULE"]["FREQ"] == ["WEEKLY"], "a weekly routine repeats in the calendar"


def test_export_in_the_console_writes_the_file_in_the_current_folder(tmp_path: Path) -> None:
    import subprocess

    from tests.console import command, environment

    db = tmp_path / "p.db"
    chat(db, [*COMPLETE_FR, "1"])
    result = subprocess.run(
        command("chat", "--db", str(db)),
        input="/export\n1\n/mydata\n",
        capture_output=True,
        text=True,
        env=environment(),
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "planbot-café-lumière.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "planbot-mydata-0.json").exists()
    assert "📎 Fichier écrit" in result.stdout


def test_a_reader_that_goes_away_ends_the_chat_quietly_with_every_answer_kept(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    answered = until_step(COMPLETE_FR, StepId.MARKET)
    with Running(db) as running:
        running.type(*answered)
        running.wait_for(FR("step-market"))
        running.wait_for("2. Entreprises (B2B)\n\n")  # the whole question printed: the chat now waits for an answer
        errors = running.leave(COMPLETE_FR[len(answered)])
        assert running.process.returncode == 1
    assert "Traceback" not in errors, errors
    resumed = chat(db, [])
    assert FR("step-market") not in resumed
    assert FR("step-stage", name="Café Lumière") in resumed, "the answer typed after the reader left was saved too"
