from pipeline.lib.text.rawtext import (
    STATUS_FLAGGED,
    STATUS_OK,
    STATUS_REJECTED,
    decode_document,
    normalise_newlines,
)


def test_plain_utf8_is_ok():
    doc = decode_document("Título\n\nCafé con leche.\n".encode())
    assert doc.status == STATUS_OK and doc.reason is None
    assert doc.encoding == "utf-8"
    assert doc.text == "Título\n\nCafé con leche.\n"
    assert len(doc.sha256) == 64 and doc.n_bytes == len("Título\n\nCafé con leche.\n".encode())


def test_utf8_bom_is_dropped():
    doc = decode_document(b"\xef\xbb\xbfTitle\n\nBody.")
    assert doc.status == STATUS_OK and doc.text == "Title\n\nBody."


def test_utf16_with_bom_decodes():
    doc = decode_document("Title\n\nBody ü.".encode("utf-16"))
    assert doc.encoding == "utf-16" and doc.text == "Title\n\nBody ü."


def test_empty_file_is_rejected():
    doc = decode_document(b"")
    assert doc.status == STATUS_REJECTED and doc.reason == "empty file" and doc.text is None


def test_whitespace_only_file_is_rejected():
    doc = decode_document(b"  \n\r\n\t\n")
    assert doc.status == STATUS_REJECTED and "only whitespace" in doc.reason


def test_binary_by_magic_is_rejected():
    doc = decode_document(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert doc.status == STATUS_REJECTED and doc.reason == "not text: PNG image"


def test_binary_by_control_bytes_is_rejected():
    doc = decode_document(bytes(range(256)) * 100)
    assert doc.status == STATUS_REJECTED
    assert doc.reason.startswith("not text: binary content")


def test_latin1_file_is_decoded_and_flagged():
    doc = decode_document("Señor Muñoz\n\nA café in Bogotá costs £2.\n".encode("latin-1"))
    assert doc.status == STATUS_FLAGGED
    assert doc.encoding == "cp1252"
    assert doc.text == "Señor Muñoz\n\nA café in Bogotá costs £2.\n"
    assert doc.reason.startswith("not valid UTF-8 (byte 0xf1 at offset 2)")


def test_cp1252_curly_quotes_decode():
    doc = decode_document("Title\n\n“Quoted” – dash".encode("cp1252"))
    assert doc.text == "Title\n\n“Quoted” – dash"


def test_bytes_cp1252_cannot_map_fall_back_to_latin1():
    doc = decode_document(b"Title\n\nodd byte \x81 here")
    assert doc.encoding == "latin-1" and doc.status == STATUS_FLAGGED
    assert "decoded as latin-1" in doc.reason


def test_nul_bytes_are_removed_and_flagged():
    doc = decode_document(b"Title\n\nBody\x00 with\x00 NULs.")
    assert doc.status == STATUS_FLAGGED
    assert doc.text == "Title\n\nBody with NULs."
    assert "removed 2 NUL characters" in doc.reason


def test_mixed_line_endings_are_normalised_and_flagged():
    doc = decode_document(b"Title\r\n\r\nOne.\rTwo.\nThree.\r\n")
    assert doc.text == "Title\n\nOne.\nTwo.\nThree.\n"
    assert doc.status == STATUS_FLAGGED
    assert "mixed line endings" in doc.reason and "CRLF: 3" in doc.reason and "CR: 1" in doc.reason


def test_consistent_crlf_is_not_flagged():
    text, note = normalise_newlines("a\r\nb\r\n")
    assert text == "a\nb\n" and note is None


def test_huge_single_line_is_rejected_with_its_length():
    doc = decode_document(b"x" * 5_000_000)
    assert doc.status == STATUS_REJECTED
    assert doc.reason.startswith("line 1 is 5,000,000 characters long")


def test_file_over_size_limit_is_rejected():
    doc = decode_document(b"Title\n\nBody\n" * 10, max_file_bytes=50)
    assert doc.status == STATUS_REJECTED and "over the 50 byte limit" in doc.reason


def test_utf16_without_bom_is_recognised():
    doc = decode_document("Title\n\nPlain body text here.".encode("utf-16-le"))
    assert doc.encoding == "utf-16-le" and doc.text == "Title\n\nPlain body text here."


def test_text_with_many_nuls_throughout_is_binary():
    doc = decode_document(b"\x00\x01\x02abc" * 1000)
    assert doc.status == STATUS_REJECTED and "control bytes" in doc.reason
