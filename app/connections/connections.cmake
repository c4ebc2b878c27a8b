# Connections: saved profiles (QSettings, never keys), key storage (OS keychain via QtKeychain, or
# memory), the workspace manager and the connection tester.
target_sources(pi_core PRIVATE
    connections/connectionprofile.cpp connections/connectionprofile.h
    connections/connectionstore.cpp connections/connectionstore.h
    connections/keystore.h
    connections/memorykeystore.cpp connections/memorykeystore.h
    connections/keychainkeystore.cpp connections/keychainkeystore.h
    connections/connectionmanager.cpp connections/connectionmanager.h
    connections/connectiontester.cpp connections/connectiontester.h
)
target_link_libraries(pi_core PUBLIC qt6keychain)
