"""The Nu HTML checker over every page the other tests passed to check_page (one Java run)."""

import pytest

import support


@pytest.mark.html_validation
def test_served_html_of_visited_pages_is_valid():
    checked, report = support.HTML_PAGES.check_pending()
    if checked == 0:
        pytest.skip("no page was visited")
    if report:
        pytest.fail(f"Nu HTML checker: errors in the pages visited ({checked} checked):\n{report}", pytrace=False)
