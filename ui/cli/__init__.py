"""The command line: scenario, verify, protocol, import and the entry to the windows."""
