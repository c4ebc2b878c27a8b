# Flags every target of ours shares: strict warnings, Qt's string-safety switches, and (in CI) -Werror.
function(pi_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -pedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(PI_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_STRICT_ITERATORS
        QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()

# One line per test: tst_<unit>.cpp in tests/, linked against our libraries (never recompiling their
# sources), run on the offscreen platform. All tests share one precompiled header (pi_test_pch), so
# they share one set of compile definitions too.
function(pi_add_test name)
    qt_add_executable(${name} ${name}.cpp ${ARGN})
    pi_target_defaults(${name})
    target_link_libraries(${name} PRIVATE pi_core pi_ui Qt6::Widgets Qt6::Test)
    target_precompile_headers(${name} REUSE_FROM pi_test_pch)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;RECALL_API_KEY=;LC_ALL=C.UTF-8")
endfunction()
