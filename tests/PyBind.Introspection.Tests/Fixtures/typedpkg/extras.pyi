from typedpkg import shout as shout
