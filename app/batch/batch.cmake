# Batch edits: one change across many artifacts, dry run first, journaled and resumable.
target_sources(pi_core PRIVATE
    batch/batchoperation.cpp batch/batchoperation.h
    batch/batchjournal.cpp batch/batchjournal.h
    batch/batchrunner.cpp batch/batchrunneritems.cpp batch/batchrunner_p.h batch/batchrunner.h
    batch/batchresultmodel.cpp batch/batchresultmodel.h
    batch/batchcsv.cpp batch/batchcsv.h
)
