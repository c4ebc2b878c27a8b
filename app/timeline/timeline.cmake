# The speaker timeline without widgets.
target_sources(pi_core PRIVATE
    # Parsing the three Recall downloads into compact stores: the windowed list walk every parser
    # shares, the segment store, the participants and participant events files, the file kind from
    # content, and the worker-thread loader.
    timeline/speakertimeline.cpp timeline/speakertimeline.h
    timeline/timelineparser.cpp timeline/timelineparser.h
    timeline/timelinejson.cpp timeline/timelinejson_p.h
    timeline/arraywindows.cpp timeline/arraywindows_p.h
    timeline/jsonlist.cpp timeline/jsonlist_p.h
    timeline/participanttable.cpp timeline/participanttable_p.h
    timeline/filekind.cpp timeline/filekind.h
    timeline/participantfiles.cpp timeline/participantfiles.h
    timeline/timelineloader.cpp timeline/timelineloader.h
    # What a frame needs: the time axis (mapping, ticks), the per-row level of detail, the document.
    timeline/timemapping.cpp timeline/timemapping.h
    timeline/timeticks.cpp timeline/timeticks.h
    timeline/coverage.cpp timeline/coverage.h
    timeline/timelinedocument.cpp timeline/timelinedocument.h
    # The files on disk: downloading the three files of a done artifact and caching them per
    # connection, artifact and status.updated_at.
    timeline/timelinefile.cpp timeline/timelinefile.h
    timeline/timelinecache.cpp timeline/timelinecache.h
    timeline/timelinefetcher.cpp timeline/timelinefetcher.h
)
