# Batch edits (Edit > Batch edit): the operations editor, the dialog with its dry run and run page, the
# question that offers an unfinished batch, and the main window's coordinator. The work itself (the
# runner, the journal, the result model, CSV) lives in app/batch.
target_sources(pi_ui PRIVATE
    batch/batchtext.cpp batch/batchtext.h
    batch/batchoperationrow.cpp batch/batchoperationrow.h
    batch/batchoperationseditor.cpp batch/batchoperationseditor.h
    batch/batchresultfilter.cpp batch/batchresultfilter.h
    batch/batchrunpage.cpp batch/batchrunpage.h
    batch/batchdialog.cpp batch/batchdialog.h
    batch/batchresumeprompt.cpp batch/batchresumeprompt.h
    batch/batchcontroller.cpp batch/batchcontroller.h
)
