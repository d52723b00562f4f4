# CTest: the .ts file lupdate wrote in the build holds the GUI's strings (cmake -DTS_FILE=… -P …).
# A string missing here is one a translator would never see: it lacks tr().
if(NOT EXISTS "${TS_FILE}")
    message(FATAL_ERROR "${TS_FILE} is missing: build the loopstep target (it runs lupdate)")
endif()
file(READ "${TS_FILE}" ts)
string(REGEX MATCHALL "<message>" messages "${ts}")
list(LENGTH messages count)
message(STATUS "${TS_FILE}: ${count} messages")
if(count LESS 200)
    message(FATAL_ERROR "only ${count} messages: is lupdate reading the GUI's sources?")
endif()
# One string from each part: menus, the classroom actions, the handbook, the timeline, main().
foreach(expected "&amp;Open…" "Zoom &amp;In" "Loopstep Handbook" "virtual time (s)" "Python program to open.")
    string(FIND "${ts}" "<source>${expected}</source>" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "\"${expected}\" is not in ${TS_FILE}")
    endif()
endforeach()
