# The demo workspace: a Recall-compatible server on loopback (owned by the demo helper's files).
# httplistener.cpp is the only file that touches QtHttpServer (a Technical Preview in Qt 6.4).
target_sources(pi_core PRIVATE
    demo/demoserver.cpp demo/demoserver.h
    demo/demoquirk.h
    demo/demoapi.cpp demo/demoapilist.cpp demo/demoapi.h
    demo/democatalog.cpp demo/democatalog.h
    demo/demobots.cpp demo/demobots.h
    demo/demodownloads.cpp demo/demodownloads.h
    demo/demometadata.cpp demo/demometadata.h
    demo/demomalformed.cpp demo/demomalformed.h
    demo/demonetfaults.cpp demo/demonetfaults.h
    demo/demorandom.h
    demo/demotime.cpp demo/demotime.h
    demo/httplistener.cpp demo/httplistener.h
    demo/meetinggenerator.cpp demo/meetingjson.cpp demo/meetinggenerator.h
    demo/tokenbucket.h
)

# A standalone demo server for curl and friends.
qt_add_executable(pi-demo-server demo/demoservermain.cpp)
pi_target_defaults(pi-demo-server)
target_link_libraries(pi-demo-server PRIVATE pi_core)
