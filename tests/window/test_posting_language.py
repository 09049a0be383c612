"""A posting in a language the vocabulary does not read is flagged, not scored silently."""

from __future__ import annotations

from tailor_app.gui.report_html import match_report_html
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.language import LANGUAGE_NOTICE, language_notice

GERMAN = """\
Wir suchen ab sofort eine engagierte Pflegefachkraft (m/w/d) für unsere internistische
Station in Vollzeit oder Teilzeit.

Ihre Aufgaben
- Sie übernehmen die Grund- und Behandlungspflege unserer Patientinnen und Patienten
- Sie dokumentieren die Pflege sorgfältig und arbeiten eng mit dem ärztlichen Dienst zusammen
- Sie begleiten Auszubildende und neue Kolleginnen bei der Einarbeitung

Ihr Profil
- Abgeschlossene Ausbildung als Gesundheits- und Krankenpfleger oder Pflegefachfrau
- Freude an der Arbeit im Team und ein hohes Maß an Verantwortungsbewusstsein
- Erste Erfahrung mit SAP ist wünschenswert
"""

ENGLISH = """\
Registered Nurse, Medical Unit

Requirements
- Current RN license and BLS certification
- Two years of experience on a medical-surgical unit with patient assessment and wound care
- You will document care in Epic and work closely with physicians, pharmacists and the
  families of the patients in our care, and you should be comfortable teaching new staff
"""

RESUME = "Ana Ruiz\nana@example.com\n\nExperience\nNurse  2019 – 2024\nCity Hospital\n" \
         "- Patient assessment and wound care on a 30-bed unit\n"


def test_a_german_posting_carries_the_notice() -> None:
    result = tailor(RESUME, GERMAN).to_dict()
    assert language_notice(result["analysis"]) == LANGUAGE_NOTICE
    assert "does not seem to be written in English" in match_report_html(result)


def test_an_english_posting_has_no_notice() -> None:
    result = tailor(RESUME, ENGLISH).to_dict()
    assert language_notice(result["analysis"]) is None
    assert "does not seem to be written in English" not in match_report_html(result)


def test_a_short_note_is_not_judged() -> None:
    assert language_notice({"sections": [{"heading": "", "text": "Python, SQL, Docker"}],
                            "skills": []}) is None
