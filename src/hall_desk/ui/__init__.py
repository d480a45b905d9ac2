"""The Qt front end: the main window shell, pages, dialogs and table models.

Pages receive the services they use through their constructors; nothing here opens the
database itself.
"""
