"""Files in the code pages of other scripts decode as written; Latin code pages stay on cp1252."""

import pytest

from pipeline.lib.text.rawtext import STATUS_FLAGGED, decode_document

STORIES = {
    "Cyrillic": "Президент России встретился с председателем КНР.\n\nСтороны обсудили торговлю и энергетику.\n",
    "Greek": "Ο πρωθυπουργός συναντήθηκε με τον πρόεδρο της Κίνας.\n\nΣυζήτησαν για το λιμάνι του Πειραιά.\n",
    "Arabic": "التقى الرئيس الصيني بالرئيس البرازيلي في بكين.\n\nناقش الجانبان التجارة والتعاون بين البلدين.\n",
    "Hebrew": "ראש הממשלה נפגש עם נשיא סין בבייג׳ינג.\n\nהשניים דנו בסחר ובשיתוף פעולה בין המדינות.\n",
    "Simplified Chinese": "习近平在北京会见了巴西总统卢拉。\n\n双方就贸易与合作交换了意见，并签署了多项协议。\n",
    "Traditional Chinese": "習近平在北京會見了巴西總統盧拉。\n\n雙方就貿易與合作交換了意見，並簽署了多項協議。\n",
    "Japanese": "習近平国家主席は北京でルラ大統領と会談した。\n\n両氏は貿易と協力について意見を交換した。\n",
    "Korean": "시진핑 주석은 베이징에서 룰라 대통령과 만났다.\n\n양측은 무역과 협력에 대해 논의했다.\n",
}


@pytest.mark.parametrize(
    ("script", "codepage", "codec"),
    [
        ("Cyrillic", "cp1251", "cp1251"),
        ("Cyrillic", "koi8_r", "koi8-r"),
        ("Greek", "cp1253", "cp1253"),
        ("Greek", "iso8859_7", "cp1253"),  # a superset for these letters: same text
        ("Arabic", "cp1256", "cp1256"),
        ("Hebrew", "cp1255", "cp1255"),
        ("Simplified Chinese", "gbk", "gb18030"),
        ("Traditional Chinese", "big5", None),
        ("Japanese", "shift_jis", None),
        ("Korean", "euc_kr", None),
    ],
)
def test_non_latin_code_pages_decode_as_written(script, codepage, codec):
    doc = decode_document(STORIES[script].encode(codepage))
    assert doc.text == STORIES[script]
    assert doc.status == STATUS_FLAGGED
    if codec:
        assert doc.encoding == codec
    assert "not valid UTF-8" in doc.reason and "detected by charset-normalizer" in doc.reason
    family = "CJK" if script.endswith(("Chinese", "Japanese", "Korean")) else script
    assert f"({family} code page" in doc.reason


def test_short_english_with_a_pound_sign_stays_cp1252():
    """charset-normalizer calls this cp1250 (Dutch), which would turn "£" into "Ł"."""
    text = "The Bank of England raised rates and the pound rose to £1.27 on Thursday.\n\nMarkets were calm.\n"
    doc = decode_document(text.encode("cp1252"))
    assert doc.encoding == "cp1252" and doc.text == text and "£" in doc.text
    assert doc.reason == "not valid UTF-8 (byte 0xa3 at offset 55); decoded as cp1252"


def test_curly_quotes_in_windows_text_stay_cp1252():
    text = "“Growth is back,” the minister said — and markets agreed.\n\nShares rose 2%.\n"
    doc = decode_document(text.encode("cp1252"))
    assert doc.encoding == "cp1252" and doc.text == text


def test_utf8_is_never_second_guessed():
    text = STORIES["Cyrillic"]
    doc = decode_document(text.encode("utf-8"))
    assert doc.encoding == "utf-8" and doc.reason is None and doc.text == text
