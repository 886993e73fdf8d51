"""Import of reference data (ledamöter, ersättare, dagordning, organ) from the files a
secretary has: CSV as Excel writes it and XLSX. Every reader returns a preview plus every
problem found, with file, row and column; nothing is saved while any problem remains."""
