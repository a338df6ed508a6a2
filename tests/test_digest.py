import hashlib

from governed_tuning.digest import sha256_file, sha256_path, sha256_tree, tree_manifest


def test_file_digest(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"abc")
    assert sha256_file(p) == hashlib.sha256(b"abc").hexdigest() == sha256_path(p)


def test_tree_digest_is_sorted_manifest(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "y.txt").write_bytes(b"y")
    (tmp_path / "a.txt").write_bytes(b"a")
    m = tree_manifest(tmp_path)
    assert list(m) == ["a.txt", "b/y.txt"]
    expected = "".join(f"{d}  {r}\n" for r, d in m.items())
    assert sha256_tree(tmp_path) == hashlib.sha256(expected.encode()).hexdigest()
    before = sha256_tree(tmp_path)
    (tmp_path / "b" / "y.txt").write_bytes(b"z")
    assert sha256_tree(tmp_path) != before
