"""The shell: main window, sign-in, idle lock, one window per database, fonts and language."""
