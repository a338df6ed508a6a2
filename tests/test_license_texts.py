"""Licence texts ship offline (the SPDX list's templates in the `spdx` package), rendered without markup."""

from __future__ import annotations

from governed_tuning.license_texts import license_name, license_text, render_template


def test_the_common_licences_have_their_full_texts():
    apache, ccby = license_text("Apache-2.0"), license_text("cc-by-4.0")
    assert "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION" in apache
    assert "4. Redistribution." in apache and "(d) If the Work includes a \"NOTICE\" text file" in apache
    assert "Attribution 4.0 International" in ccby and "Section 3 – License Conditions." in ccby
    assert "GNU GENERAL PUBLIC LICENSE" in license_text("GPL-3.0-or-later")
    for text in (apache, ccby, license_text("MIT")):
        assert "<<" not in text and ">>" not in text


def test_unknown_ids_have_no_text_rather_than_a_wrong_one():
    assert license_text("LicenseRef-acme-internal") is None and license_name("Not-A-Licence-1.0") is None


def test_template_variables_take_their_original_wording():
    t = "Copyright <<var;name=copyright;original=(c) <year> <owner>;match=.+>> <<beginOptional>>opt<<endOptional>>"
    assert render_template(t) == "Copyright (c) <year> <owner> opt\n"
