"""What the tests know about each file of the shared corpus, kept in one place.

EXPECTED maps each readable resume to a detail of its owner that must survive
reading and import: the e-mail address printed on it, except R12 (wkhtmltopdf),
whose text layer holds no e-mail at all, so its owner's name stands in. GARBLED is
the Chinese XeTeX PDF whose broken font maps must be refused as unreadable.
"""

from __future__ import annotations

EXPECTED = {
    "altacv_two-column_mmayer.pdf": "mmayer@yahoo-inc.com",
    "awesome-cv_resume.pdf": "posquit0.bj@gmail.com",
    "deedy_two-column_openfonts.pdf": "deedy@fb.com",
    "hackmyresume_jane.txt": "jdoe@onecoolstartup.io",
    "hackmyresume_jane_wkhtmltopdf.pdf": "Jane Q. Fullstacker",
    "open-resume_builder_react-pdf.pdf": "hello@openresume.com",
    "open-resume_laverne_word-mac.pdf": "lleopard@laverne.edu",
    "pandoc-resume_johnny_coder.md": "email@example.com",
    "pandoc-resume_johnny_coder_context.pdf": "email@example.com",
    "pandoc-resume_johnny_coder_pandoc.docx": "email@example.com",
    "presume_sample_person_libreoffice.docx": "spi@gmail.com",
    "rendercv_classic_typst.pdf": "john.doe@email.com",
    "resume-maker_python-docx.docx": "mirsadatbinrakib01@gmail.com",
    "resume-matcher_harvey_dent_moderncv.pdf": "hdent@email.com",
    "resume-matcher_modern-two-column_chromium.pdf": "john.doe@email.com",
    "sb2nov_sourabh_bajaj.pdf": "sourabh@sourabhbajaj.com",
}
GARBLED = "billryan_resume_zh-CN_xetex.pdf"
