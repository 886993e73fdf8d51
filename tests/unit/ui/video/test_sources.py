import pytest

from ui.video.sources import with_credentials

pytestmark = pytest.mark.unit


def test_credentials_join_the_mrl_quoted() -> None:
    joined = with_credentials("rtsp://cam.example:8554/ledamot", "anna b", "p@ss:ord")
    assert joined == "rtsp://anna%20b:p%40ss%3Aord@cam.example:8554/ledamot"


def test_without_a_user_the_mrl_is_unchanged() -> None:
    assert with_credentials("udp://@127.0.0.1:5004", None, "secret") == "udp://@127.0.0.1:5004"


def test_a_user_without_password() -> None:
    assert with_credentials("srt://host:9000", "rum", None) == "srt://rum@host:9000"
