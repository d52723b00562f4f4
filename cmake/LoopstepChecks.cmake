# Build-time guards for the project's layering rules.

# Fails the configure step if `target`, or anything it links (transitively), is Qt.
# The engine must stay usable without Qt (console front end, fuzzers, several engines per process),
# so this is checked by the build rather than left to review.
function(loopstep_assert_links_no_qt target)
    set(pending ${target})
    set(seen "")
    while(pending)
        list(POP_FRONT pending current)
        if(current IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${current})
        foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
            get_target_property(items ${current} ${property})
            if(NOT items)
                continue()
            endif()
            foreach(item IN LISTS items)
                string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" item "${item}")
                if(item MATCHES "(^|[^A-Za-z])Qt[0-9]*(::|Core|Gui|Widgets|Test)" OR item MATCHES "libQt|QCustomPlot")
                    message(FATAL_ERROR
                        "Target '${target}' must not link Qt, but '${current}' lists '${item}' in ${property}. "
                        "The engine is Qt-free by design (docs/CONVENTIONS.md).")
                endif()
                if(TARGET "${item}")
                    list(APPEND pending "${item}")
                endif()
            endforeach()
        endforeach()
    endwhile()
endfunction()
