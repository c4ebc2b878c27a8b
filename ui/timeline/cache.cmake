# The settings dialog and its timeline cache group (the cache itself lives in app/timeline).
target_sources(pi_ui PRIVATE
    settingsdialog.cpp settingsdialog.h
    timeline/cachesettings.cpp timeline/cachesettings.h
)
