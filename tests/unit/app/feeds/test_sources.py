import pytest

from app.feeds.sources import SourceInvalid, validate_mrl

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "mrl",
    [
        "srt://kamera.kommun.se:9000",
        "rtsp://10.0.0.5/ledamot3",
        "udp://@127.0.0.1:5600",
        "udp://@:5600",
        "https://strom.example/live.m3u8",
        "v4l2:///dev/video0",
        "  rtsp://host/x  ",
    ],
)
def test_usable_sources_are_accepted(mrl: str) -> None:
    assert validate_mrl(mrl) == mrl.strip()


@pytest.mark.parametrize(
    ("mrl", "says"),
    [
        ("", "Ange en källa"),
        ("kamera.kommun.se:9000", "saknar protokoll"),
        ("gopher://host/x", "stöds inte"),
        ("srt://host:99999", "Porten"),
        ("srt://host", "saknar port"),
        ("rtsp:///x", "saknar värdnamn"),
        ("rtsp://host/a b", "mellanslag"),
    ],
)
def test_malformed_sources_are_refused_with_the_reason(mrl: str, says: str) -> None:
    with pytest.raises(SourceInvalid, match=says):
        validate_mrl(mrl)
