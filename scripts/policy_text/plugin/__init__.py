"""The MkDocs layer: the plugin (`plugin.py`, its options in `config.py`) and the adapters it hands MkDocs'
pages, files and navigation to. The rules themselves are in the library, `policy_text`."""
