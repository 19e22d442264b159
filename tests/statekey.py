"""The keys the state store keeps in an item's row (daemon/state.c,
state_key()): 64 bits of FNV-1a over the UTF-8 bytes, mixed by
splitmix64's finaliser, as a signed integer (SQLite's INTEGER).  A row's
content key is the key of the first 32 characters (STATE_HASH_KEPT) of
the item's content hash, its feed and id keys those of the whole strings.

    python3 tests/statekey.py STRING...   prints each string's key
"""
import sys

M64 = 0xFFFFFFFFFFFFFFFF


def key(s):
    h = 0xcbf29ce484222325
    for b in s.encode() if isinstance(s, str) else s:
        h = ((h ^ b) * 0x100000001b3) & M64
    h = ((h ^ (h >> 30)) * 0xbf58476d1ce4e5b9) & M64
    h = ((h ^ (h >> 27)) * 0x94d049bb133111eb) & M64
    h ^= h >> 31
    return h - (1 << 64) if h >= 1 << 63 else h


if __name__ == "__main__":
    print("\n".join(str(key(a)) for a in sys.argv[1:]))
