"""An untyped package whose types come from a PEP 561 stub-only distribution (distpkg-stubs), as typeshed's are."""
