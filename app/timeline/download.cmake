# The timeline's files on disk: downloading the three files of a done artifact and caching them per
# connection, artifact and status.updated_at. No widgets.
target_sources(pi_core PRIVATE
    timeline/timelinefile.cpp timeline/timelinefile.h
    timeline/timelinecache.cpp timeline/timelinecache.h
    timeline/timelinefetcher.cpp timeline/timelinefetcher.h
)
