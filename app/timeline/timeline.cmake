# The speaker timeline without widgets: the parser and the compact segment store.
target_sources(pi_core PRIVATE
    timeline/speakertimeline.cpp timeline/speakertimeline.h
    timeline/timelineparser.cpp timeline/timelineparser.h
    timeline/timelinejson.cpp timeline/timelinejson_p.h
    timeline/timelinedocument.cpp timeline/timelinedocument.h
)
